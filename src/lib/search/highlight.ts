/**
 * Highlighting the searched words on the page a result opens. The result link carries
 * the words in a query parameter; the page marks every whole word that matches one of
 * them once folded (`doan` marks `Đoàn`).
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { foldWord, queryWords } from './query.ts';

/** Most words carried to the opened page. */
const MAX_TERMS = 24;

/**
 * The words to highlight: the query's and the words Pagefind marked in the excerpts
 * (which include the đ and synonym forms the query expanded to), folded, without
 * duplicates or lone letters.
 */
export function highlightTerms(query: string, markedWords: readonly string[] = []): string[] {
  const words = [...queryWords(query), ...markedWords.flatMap(queryWords)].map(foldWord);
  return [...new Set(words)].filter((word) => word.length > 1 || /\d/.test(word)).slice(0, MAX_TERMS);
}

/** The start and end offsets of every whole word of `text` that folds to one of `terms`. */
export function findHighlights(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (terms.has(foldWord(match[0]))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * A result's link with the words to highlight added (`/van-ban/37-qd-tw/#x` →
 * `/van-ban/37-qd-tw/?pagefind-highlight=dang+vien#x`). Links elsewhere are left alone.
 */
export function highlightHref(url: string, terms: readonly string[]): string {
  if (terms.length === 0 || !url.startsWith('/') || url.startsWith('//')) return url;
  const parsed = new URL(url, 'https://so-tay.invalid');
  parsed.searchParams.set(HIGHLIGHT_PARAM, terms.join(' '));
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The words a highlight link carries, folded, read from the opened page's query string. */
export function termsFromParams(params: URLSearchParams): Set<string> {
  return new Set(highlightTerms(params.get(HIGHLIGHT_PARAM) ?? ''));
}
