/**
 * The events collection as the calendar page and the .ics files need it: each event with
 * the names and addresses of its themes and campaigns. (A `_` file: Astro makes no page of it.)
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import type { CalendarEvent } from '../../lib/calendar/calendar.ts';
import { entryHref } from '../../lib/site.ts';

/** A link to a theme or campaign of an event. */
export interface RelatedLink {
  href: string;
  title: string;
}

/** An event with what the calendar shows of it. */
export interface CalendarEntry {
  event: CalendarEvent;
  entry: CollectionEntry<'events'>;
  themes: RelatedLink[];
  campaigns: RelatedLink[];
}

/** Every event of the collection, in date order. */
export async function calendarEntries(): Promise<CalendarEntry[]> {
  const events = await getCollection('events');
  const entries = await Promise.all(
    events.map(async (entry): Promise<CalendarEntry> => {
      const themes = (await getEntries(entry.data.themes)).map((theme) => ({
        href: entryHref('themes', theme.id),
        title: theme.data.shortTitle,
      }));
      const campaigns = (await getEntries(entry.data.campaigns)).map((campaign) => ({
        href: entryHref('campaigns', campaign.id),
        title: campaign.data.name,
      }));
      const { name, date, since, description, updated } = entry.data;
      const related = [...themes, ...campaigns].map((link) => link.title);
      return {
        event: { id: entry.id, name, date, since, description, related, updated },
        entry,
        themes,
        campaigns,
      };
    }),
  );
  return entries.sort(
    (a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id),
  );
}

/** The name calendar apps show for the site's calendar. */
export const CALENDAR_NAME = 'Lịch các ngày kỷ niệm · Sổ tay Đại đoàn kết';
