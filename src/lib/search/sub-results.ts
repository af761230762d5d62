/**
 * Which headings of a result to show under it. Pagefind lists a page's matching
 * sections in page order; a long page (the glossary, the plan) can match a common word
 * in dozens of them, so the sections holding most of the match come first.
 */

/** A matched section of a page, as Pagefind gives it. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present for sections under a heading; absent for text before the first one. */
  anchor?: unknown;
  weighted_locations?: readonly { balanced_score: number }[];
}

/** Sections shown under one result on the search page (fewer under the header box). */
export const MOST_SECTIONS = 3;

/** Sum of the scores of the matched words in a section. */
function weight(section: SubResult): number {
  return (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * The sections to show under a result, most relevant first: only those under a heading
 * (the page's own excerpt stands for the rest), at most `limit`.
 */
export function bestSubResults<T extends SubResult>(sections: readonly T[], limit: number): T[] {
  return sections
    .filter((section) => section.anchor !== undefined)
    .map((section, index) => ({ section, index, weight: weight(section) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .map(({ section }) => section);
}

/** The Pagefind metadata value of a page made of short entries, each under its own heading. */
export const ENTRIES_LAYOUT = 'entries';

/**
 * What a result's title shows and opens. A page made of short entries (the glossary, the
 * calendar) is found for one of them, so its result is that entry: the best section's
 * heading and anchor, with the other sections below. Any other page is its own title.
 */
export function resultHeadline<T extends SubResult>(
  page: { url: string; title: string; layout?: string | undefined },
  sections: readonly T[],
): { title: string; url: string; sections: T[] } {
  const [lead, ...rest] = sections;
  if (page.layout === ENTRIES_LAYOUT && lead) return { title: lead.title, url: lead.url, sections: rest };
  return { title: page.title, url: page.url, sections: [...sections] };
}
