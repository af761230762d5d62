/**
 * What a reader typed, made safe and comparable: NFC-normalised, stripped of control
 * characters, capped in length, split into words and folded for matching.
 */
import { foldDiacritics } from '../format/vietnamese.ts';

/** Longest query searched, in characters; the rest of a longer one is dropped. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A query cleaned but not yet capped: NFC (decomposed input otherwise misses every word
 * with a tone mark), control and invisible format characters turned into spaces, runs
 * of white space collapsed.
 */
export function cleanQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a query is longer than {@link MAX_QUERY_LENGTH} and will be cut. */
export function isTooLong(raw: string): boolean {
  return Array.from(cleanQuery(raw)).length > MAX_QUERY_LENGTH;
}

/**
 * The query as it will be searched: cleaned ({@link cleanQuery}) and cut to
 * {@link MAX_QUERY_LENGTH} characters without splitting a character or, where
 * possible, a word.
 */
export function normalizeQuery(raw: string): string {
  const characters = Array.from(cleanQuery(raw));
  if (characters.length <= MAX_QUERY_LENGTH) return characters.join('');
  const cut = characters.slice(0, MAX_QUERY_LENGTH).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim();
}

/** Whether a query has anything to search for: at least one letter or digit. */
export function hasSearchableText(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/**
 * The words of a query, lower case: runs of letters, combining marks and digits.
 * Punctuation, symbols and emoji separate words and are dropped.
 */
export function queryWords(query: string): string[] {
  return (
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** A word folded for comparison: no tone marks, đ as d, lower case (`Đoàn` → `doan`). */
export function foldWord(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

/** Whether a word carries any Vietnamese mark (a tone mark, a vowel hat or horn, or đ). */
export function hasMarks(word: string): boolean {
  return foldWord(word) !== word.toLowerCase();
}
