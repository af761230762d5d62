/**
 * The count of an anniversary, apart from the iCalendar writer so that the calendar page's
 * script can import it without the `ics` package.
 */

/**
 * How many years an occasion marks ("kỷ niệm 67 năm"), when its origin is known: in the
 * event's own year, or in `year` (the reader's current year, for a yearly anniversary).
 */
export function anniversaryYears(
  event: { date: string; since?: number | undefined },
  year = Number(event.date.slice(0, 4)),
): number | undefined {
  if (event.since === undefined) return undefined;
  const years = year - event.since;
  return years > 0 ? years : undefined;
}
