/**
 * Reads an iCalendar file with ical.js, an independent parser, so that tests check what a
 * calendar app would see and not what our writer meant to write.
 */
import ICAL from 'ical.js';

/** One VEVENT as a calendar app reads it. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  /** `YYYY-MM-DD` of DTSTART. */
  start: string;
  /** `YYYY-MM-DD` of DTEND. */
  end: string;
  /** True when DTSTART is a date without a time (an all-day event). */
  allDay: boolean;
}

/** The calendar's name and its events. */
export function readIcs(text: string): { name: string; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      start: event.startDate.toString().slice(0, 10),
      end: event.endDate.toString().slice(0, 10),
      allDay: event.startDate.isDate,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
