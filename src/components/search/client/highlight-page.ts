/**
 * Marks the searched words on a page opened from a search result (the link carries them
 * in `?pagefind-highlight=`), and brings the first one into view when the link did not
 * point at a section. Loaded only on such pages.
 */
import { findHighlights, termsFromParams } from '../../../lib/search/highlight.ts';
import { MARK_CLASS } from './mark.ts';

/** Parts of a page whose text is not content: never marked. */
const SKIPPED = 'script, style, noscript, mark, textarea, [hidden], [data-pagefind-ignore]';

function highlight(root: Element, terms: ReadonlySet<string>): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const ranges = findHighlights(text, terms);
    if (ranges.length === 0) continue;
    const parts = document.createDocumentFragment();
    let position = 0;
    for (const [start, end] of ranges) {
      parts.append(text.slice(position, start));
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.textContent = text.slice(start, end);
      parts.append(mark);
      marks.push(mark);
      position = end;
    }
    parts.append(text.slice(position));
    node.replaceWith(parts);
  }
  return marks;
}

const terms = termsFromParams(new URLSearchParams(location.search));
const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
if (root && terms.size > 0) {
  const [first] = highlight(root, terms);
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
