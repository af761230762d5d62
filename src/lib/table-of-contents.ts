/**
 * The table of contents of an entry page, read from the page's rendered HTML so that it
 * lists exactly the sections a reader sees, in their order: the page's own sections and
 * the `##` headings of its MDX text alike.
 */
import { collapseWhiteSpace, readMarkup } from './text/html.ts';

/** A line of the table of contents. */
export interface TocItem {
  /** The heading's id: the anchor the line links to. */
  id: string;
  text: string;
}

/**
 * Rendered content read once: its `<h2>` headings that carry an id, in order, and its
 * text (what decides whether the page needs a table of contents).
 */
export function readContent(html: string): { headings: TocItem[]; text: string } {
  const { elements, text } = readMarkup(html);
  const headings = elements.flatMap(({ name, attributes, text: inside }) => {
    const id = attributes.get('id');
    const heading = collapseWhiteSpace(inside);
    return name === 'h2' && id && heading ? [{ id, text: heading }] : [];
  });
  return { headings, text };
}

/** Below this many sections a page is short enough to scan without a table of contents. */
export const TOC_MIN_SECTIONS = 4;

/** Below this many characters of text a page fits on a screen or two and needs no contents. */
export const TOC_MIN_TEXT = 2500;

/** Whether a page with these sections and this text (readContent's) gets a table of contents. */
export function needsTableOfContents(items: readonly TocItem[], text: string): boolean {
  return items.length >= TOC_MIN_SECTIONS && text.length >= TOC_MIN_TEXT;
}
