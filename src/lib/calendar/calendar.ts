/**
 * The calendar of a plan's occasions: grouped by month for `/lich/`, and written as
 * iCalendar (RFC 5545) with the `ics` package for `/lich.ics` and each event's own file.
 * Every event is a whole day, so no time zone can move it to another date.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { formatDateVi } from '../format/date.ts';

/** An event as the calendar needs it (the page maps collection entries to this). */
export interface CalendarEvent {
  /** The entry's slug: it makes the event's stable UID and its anchor on `/lich/`. */
  id: string;
  name: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The year of the original event, for the anniversary. */
  since?: number | undefined;
  description: string;
  /** Names of the related themes and campaigns. */
  related: readonly string[];
  /** `YYYY-MM-DD` of the last review. */
  updated: string;
}

/** The events of one month of the year, for the list on `/lich/`. */
export interface CalendarMonth {
  /** `MM`, usable as an anchor. */
  key: string;
  /** "Tháng 5", or "Tháng 10/2022" when the month holds only one-off events of that year. */
  label: string;
  events: CalendarEvent[];
}

function dateParts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year!, month!, day!];
}

function nextDay(date: string): DateArray {
  const [year, month, day] = dateParts(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** An anniversary (an occasion with a known origin) comes back every year on the same day. */
export function isYearly(event: Pick<CalendarEvent, 'since'>): boolean {
  return event.since !== undefined;
}

/** The recurrence of a yearly anniversary, as iCalendar and Google Calendar write it. */
export const YEARLY_RULE = 'FREQ=YEARLY';

function compactDate([year, month, day]: readonly number[]): string {
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/**
 * A "Thêm vào Google Lịch" link: Google Calendar's event template, filled in (a link the
 * reader opens, nothing fetched). A whole-day event, yearly for an anniversary.
 */
export function googleCalendarUrl(event: CalendarEvent, origin: string | undefined): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.name,
    dates: `${compactDate(dateParts(event.date))}/${compactDate(nextDay(event.date))}`,
    details: [event.description, origin === undefined ? undefined : eventUrl(event.id, origin)]
      .filter((line): line is string => line !== undefined)
      .join('\n\n'),
  });
  if (isYearly(event)) params.set('recur', `RRULE:${YEARLY_RULE}`);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** The `webcal:` address of a calendar file, which calendar apps open as a subscription. */
export function webcalUrl(calendarUrl: string): string {
  return calendarUrl.replace(/^https?:/, 'webcal:');
}

/**
 * The events grouped by month of the year, months and events in the order of the year (a
 * yearly anniversary comes back every year, so the page is a year's cycle, not 2022's).
 * A month names a year only when every event in it is a one-off of that year.
 */
export function eventsByMonth(events: readonly CalendarEvent[]): CalendarMonth[] {
  const months = new Map<string, CalendarEvent[]>();
  const order = (event: CalendarEvent) => `${event.date.slice(5)} ${event.date.slice(0, 4)} ${event.id}`;
  for (const event of [...events].sort((a, b) => order(a).localeCompare(order(b)))) {
    const key = event.date.slice(5, 7);
    months.set(key, [...(months.get(key) ?? []), event]);
  }
  return [...months].map(([key, monthEvents]) => {
    const years = new Set(monthEvents.map((event) => (isYearly(event) ? 'yearly' : event.date.slice(0, 4))));
    const [year] = years;
    const ofOneYear = years.size === 1 && year !== 'yearly';
    return { key, label: `Tháng ${Number(key)}${ofOneYear ? `/${year}` : ''}`, events: monthEvents };
  });
}

/**
 * The date an event is shown with: a yearly anniversary by its day and month alone
 * (`3/2`), a one-off by its full date (`29/10/2022`); `datetime` is the matching valid
 * HTML date (`--02-03`, a yearless date, or `2022-10-29`).
 */
export function eventDate(event: Pick<CalendarEvent, 'date' | 'since'>): { text: string; datetime: string } {
  if (!isYearly(event)) return { text: formatDateVi(event.date), datetime: event.date };
  const [, month, day] = dateParts(event.date);
  return { text: `${day}/${month}`, datetime: `--${event.date.slice(5)}` };
}

/** The address of an event on the calendar page. */
export function eventUrl(id: string, origin: string): string {
  return new URL(`/lich/#${id}`, origin).href;
}

/** The host name in events' UIDs when the site has no address: unique to this calendar. */
const UID_HOST_WITHOUT_ADDRESS = 'so-tay-dai-doan-ket.lich';

function eventAttributes(event: CalendarEvent, origin: string | undefined): EventAttributes {
  // Without a site address the events carry no URL at all (src/lib/site-config.ts).
  const url = origin === undefined ? undefined : eventUrl(event.id, origin);
  const description = [
    event.description,
    event.related.length > 0 ? `Liên quan: ${event.related.join('; ')}.` : undefined,
    url === undefined ? undefined : `Xem trong Sổ tay Đại đoàn kết: ${url}`,
  ].filter((line): line is string => line !== undefined);
  return {
    uid: `${event.id}@${origin === undefined ? UID_HOST_WITHOUT_ADDRESS : new URL(origin).hostname}`,
    title: event.name,
    description: description.join('\n\n'),
    start: dateParts(event.date),
    end: nextDay(event.date),
    ...(url === undefined ? {} : { url }),
    ...(isYearly(event) ? { recurrenceRule: YEARLY_RULE } : {}),
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    lastModified: [...dateParts(event.updated), 0, 0],
  };
}

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // A continuation line starts with one space, which counts toward its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 §3.1 asks, never inside a
 * character. `ics` folds at 75 characters (its fold-line.js counts runes), which for
 * Vietnamese text gives lines of up to three times that many octets.
 */
export function foldIcsLines(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

/** Options of an iCalendar file. */
export interface CalendarOptions {
  /** The site's canonical origin, for the events' URLs and UIDs; none without a site address. */
  origin: string | undefined;
  /** The calendar's name, shown by calendar apps. */
  name: string;
}

/** The events as one iCalendar file (all-day events, UTF-8 text folded by octets, stable UIDs). */
export function icsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const { error, value } = createEvents(
    events.map((event) => eventAttributes(event, options.origin)),
    { productId: '-//So tay Dai doan ket//Lich//VI', calName: options.name, method: 'PUBLISH' },
  );
  if (error || value === null) throw error ?? new Error('Không tạo được tệp lịch.');
  return foldIcsLines(value);
}
