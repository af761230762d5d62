/**
 * Dates as the site stores them (ISO `YYYY-MM-DD`, or a partial `YYYY` / `YYYY-MM`)
 * and as Vietnamese readers expect to see them (`18/5/2021`).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when `value` is `YYYY`, `YYYY-MM` (a real month) or a real `YYYY-MM-DD` date. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (match[3] !== undefined) return isIsoDate(value);
  if (match[2] !== undefined) return Number(match[2]) >= 1 && Number(match[2]) <= 12;
  return true;
}

/**
 * Reads a date an editor wrote the Vietnamese way (`18/5/2021`, `18-5-2021`,
 * `18.5.2021`) and returns it as `YYYY-MM-DD`, or `undefined` when it is not one.
 * Used to suggest the fix in error messages.
 */
export function vietnameseDateToIso(value: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Formats `2021-05-18` as `18/5/2021`, `2020-08` as `tháng 8/2020`, `2003` as `năm 2003`. */
export function formatDateVi(value: string): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw new Error(`Không phải ngày hợp lệ: "${value}"`);
  const [, year, month, day] = match;
  if (day !== undefined) return `${Number(day)}/${Number(month)}/${year}`;
  if (month !== undefined) return `tháng ${Number(month)}/${year}`;
  return `năm ${year}`;
}

/** The year of an ISO or partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** The latest of some ISO dates (`YYYY-MM-DD` sorts as text), or `undefined` when there are none. */
export function latestIsoDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (latest === undefined || date > latest) latest = date;
  return latest;
}
