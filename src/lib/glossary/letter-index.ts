/**
 * The glossary's index by Vietnamese letters and its filter. Letters follow the
 * Vietnamese alphabet as `Intl.Collator('vi')` orders it: Ă, Â, Đ, Ê, Ô, Ơ, Ư are letters
 * of their own, tone marks are not ("Ủy" is under U). Terms that start with a digit
 * ("5K", "3 trụ cột") go together under "0–9", before A.
 */
import { foldDiacritics } from '../format/vietnamese.ts';

/** The Vietnamese alphabet, in order. */
export const VIETNAMESE_LETTERS = [
  ...['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'G', 'H', 'I', 'K', 'L', 'M', 'N'],
  ...['O', 'Ô', 'Ơ', 'P', 'Q', 'R', 'S', 'T', 'U', 'Ư', 'V', 'X', 'Y'],
] as const;

/** The heading of terms that start with a digit. */
export const DIGITS_HEADING = '0–9';

/** Compares letters as Vietnamese does, tones apart ("Ấ" is "Â", "Đ" is not "D"). */
const baseLetter = new Intl.Collator('vi', { sensitivity: 'base' });
const order = new Intl.Collator('vi', { numeric: true });

/**
 * The index heading a term goes under: its first letter without tone ("Ủy" → "U"),
 * "0–9" for a digit, or the character itself upper-cased for anything else (a letter
 * from another alphabet: F, J, W, Z in loanwords).
 */
export function indexLetter(term: string): string {
  const first = Array.from(term.normalize('NFC').trim())[0] ?? '';
  if (/\p{Nd}/u.test(first)) return DIGITS_HEADING;
  const upper = first.toLocaleUpperCase('vi');
  return VIETNAMESE_LETTERS.find((letter) => baseLetter.compare(letter, upper) === 0) ?? upper;
}

/** One letter of the index and its terms. */
export interface LetterGroup<T> {
  letter: string;
  /** The anchor of its heading: `chu-0-9`, `chu-a`, `chu-đ`… */
  id: string;
  items: T[];
}

/** The anchor of a letter's heading. */
export function letterId(letter: string): string {
  return `chu-${letter === DIGITS_HEADING ? '0-9' : letter.toLocaleLowerCase('vi')}`;
}

/** Terms grouped by index letter: "0–9" first, then the alphabet's order, terms sorted within. */
export function groupByLetter<T>(items: readonly T[], term: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => order.compare(term(a), term(b)))) {
    const letter = indexLetter(term(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  const rank = (letter: string) =>
    letter === DIGITS_HEADING ? -1 : (VIETNAMESE_LETTERS as readonly string[]).indexOf(letter);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || order.compare(a, b))
    .map(([letter, groupItems]) => ({ letter, id: letterId(letter), items: groupItems }));
}

/** Text as the filter compares it: no tone marks, đ as d, lower case, single spaces. */
export function filterKey(text: string): string {
  return foldDiacritics(text).toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/** Whether a term's folded text (see filterKey) matches what the reader typed. */
export function matchesFilter(key: string, query: string): boolean {
  return key.includes(filterKey(query));
}
