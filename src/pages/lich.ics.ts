/**
 * `/lich.ics`: every occasion of the calendar as one iCalendar file, for officials to add
 * to (or subscribe in) their calendar app.
 */
import type { APIRoute } from 'astro';
import { siteOrigin } from '../lib/site-config.ts';
import { icsCalendar } from '../lib/calendar/calendar.ts';
import { CALENDAR_NAME, calendarEntries } from './lich/_calendar-events.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = await calendarEntries();
  const body = icsCalendar(
    entries.map((entry) => entry.event),
    { origin: siteOrigin(site), name: CALENDAR_NAME },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
