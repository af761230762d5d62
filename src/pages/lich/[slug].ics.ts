/** `/lich/<slug>.ics`: one occasion as an iCalendar file, to add it alone to a calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteOrigin } from '../../lib/site-config.ts';
import { icsCalendar, type CalendarEvent } from '../../lib/calendar/calendar.ts';
import { CALENDAR_NAME, calendarEntries } from './_calendar-events.ts';

export const getStaticPaths = (async () => {
  const entries = await calendarEntries();
  return entries.map(({ event }) => ({ params: { slug: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: CalendarEvent }> = ({ props, site }) => {
  const body = icsCalendar([props.event], { origin: siteOrigin(site), name: CALENDAR_NAME });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
