/**
 * The table of contents of an entry page, read from the page's rendered HTML so that it
 * lists exactly the sections a reader sees, in their order: the page's own sections and
 * the `##` headings of its MDX text alike.
 */
import { collapseWhiteSpace, startTags, textOf } from './text/html.ts';

/** A line of the table of contents. */
export interface TocItem {
  /** The heading's id: the anchor the line links to. */
  id: string;
  text: string;
}

/** The `<h2>` headings of a piece of HTML that carry an id, in order. */
export function headingsFromHtml(html: string): TocItem[] {
  return startTags(html).flatMap(({ name, attributes, text }) => {
    const id = attributes.get('id');
    const heading = collapseWhiteSpace(text);
    return name === 'h2' && id && heading ? [{ id, text: heading }] : [];
  });
}

/** Below this many sections a page is short enough to scan without a table of contents. */
export const TOC_MIN_SECTIONS = 4;

/** Below this many characters of text a page fits on a screen or two and needs no contents. */
export const TOC_MIN_TEXT = 2500;

/** Whether a page with these sections and this much text gets a table of contents. */
export function needsTableOfContents(items: readonly TocItem[], html: string): boolean {
  return items.length >= TOC_MIN_SECTIONS && textOf(html).length >= TOC_MIN_TEXT;
}
