/**
 * The one decoder of HTML character references in the project (`&amp;`, `&#39;`,
 * `&colon;`, legacy `&amp` without its semicolon), as a browser decodes them: the
 * `entities` package's table of every named reference, not a hand-kept subset.
 */
import { decodeHTML } from 'entities';

/** Text with its character references decoded, as a browser would read it. */
export function decodeHtml(text: string): string {
  return decodeHTML(text);
}
