/**
 * Footnote numbers and anchors as the site's Markdown renders them (GFM through Sätteri,
 * src/lib/markdown/footnotes.ts): leaf helpers, so that pages and data code can point at a
 * numbered source without importing the Markdown pipeline.
 */

/** The id Sätteri gives the heading of the footnotes section. */
export const FOOTNOTES_HEADING_ID = 'footnote-label';

/**
 * The number each footnote label of a Markdown body is shown with: GFM numbers labels in
 * the order they are first cited (`…[^a]`), not defined (`[^a]: …`), from 1.
 */
export function footnoteNumbers(body: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const match of body.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) {
    const label = match[1]!.toLowerCase();
    if (!numbers.has(label)) numbers.set(label, numbers.size + 1);
  }
  return numbers;
}

/** The id Sätteri gives the note of a footnote label, as a page anchor. */
export function footnoteAnchor(label: string): string {
  return `user-content-fn-${label.toLowerCase()}`;
}
