/**
 * Results as DOM, built from text nodes only: titles, kinds and sub-result headings
 * are set as text, and excerpts are rebuilt from their parsed parts, so only `<mark>`
 * ever comes from Pagefind's markup and nothing a reader typed becomes markup.
 */
import type { PagefindFragment } from '../../../lib/search/engine.ts';
import { parseExcerpt } from '../../../lib/search/excerpt.ts';
import { highlightHref, highlightTerms } from '../../../lib/search/highlight.ts';
import { EXAMPLE_QUERIES, kindLabel, SEARCH_MESSAGES } from '../../../lib/search/messages.ts';
import type { DirectHit } from '../../../lib/search/query-plan.ts';
import { bestSubResults, MOST_SECTIONS, resultHeadline } from '../../../lib/search/sub-results.ts';
import { searchStateToQueryString } from '../../../lib/search/url-state.ts';
import { MARK_CLASS } from './mark.ts';

/** Creates an element with classes and text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** An excerpt as a paragraph of text and marked words. */
function excerptParagraph(html: string, className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of parseExcerpt(html)) {
    paragraph.append(
      part.marked ? element('mark', MARK_CLASS, part.text) : document.createTextNode(part.text),
    );
  }
  return paragraph;
}

function markedWords(html: string): string[] {
  return parseExcerpt(html).flatMap((part) => (part.marked ? [part.text] : []));
}

/** How a list shows its results: compact under the header box, full on the search page. */
export interface ResultStyle {
  /** The query, to carry the words to highlight on the opened page. */
  query: string;
  /** The header box's list: no headings, fewer sections, no section excerpts. */
  compact: boolean;
}

function titleLink(href: string, text: string, style: ResultStyle): HTMLElement {
  const title = style.compact
    ? element('p', 'font-semibold')
    : element('h3', 'text-lg leading-snug font-semibold');
  const link = element('a', '', text);
  link.href = href;
  title.append(link);
  return title;
}

/** One result: its kind, its title as a link, its excerpt and its best sections. */
export function resultItem(fragment: PagefindFragment, style: ResultStyle): HTMLLIElement {
  const headline = resultHeadline(
    { url: fragment.url, title: fragment.meta['title'] ?? fragment.url, layout: fragment.meta['layout'] },
    bestSubResults(fragment.sub_results, style.compact ? 2 : MOST_SECTIONS),
  );
  const { sections } = headline;
  const terms = highlightTerms(
    style.query,
    [fragment.excerpt, ...sections.map((s) => s.excerpt)].flatMap(markedWords),
  );
  const item = element('li', 'py-3');
  item.append(
    element(
      'p',
      'text-xs font-semibold tracking-wide text-accent uppercase',
      kindLabel(fragment.meta['type']),
    ),
    titleLink(highlightHref(headline.url, terms), headline.title, style),
    excerptParagraph(fragment.excerpt, 'mt-1 text-sm text-ink'),
  );
  if (sections.length > 0) {
    const list = element('ul', 'mt-2 space-y-1 border-l-2 border-line pl-3 text-sm');
    for (const section of sections) {
      const entry = element('li');
      const link = element('a', '', section.title);
      link.href = highlightHref(section.url, terms);
      entry.append(link);
      if (!style.compact) entry.append(excerptParagraph(section.excerpt, 'text-ink'));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** A direct hit: the document a symbol names, or the meaning of an abbreviation. */
export function directHitItem(hit: DirectHit, style: ResultStyle): HTMLLIElement {
  const item = element('li', 'my-2 rounded-md border-l-4 border-brand bg-brand-soft px-3 py-3');
  const isDocument = hit.kind === 'document';
  const label = isDocument
    ? `Văn bản · ${SEARCH_MESSAGES.directHit}`
    : `Thuật ngữ · ${SEARCH_MESSAGES.glossaryHit}`;
  const title = isDocument ? `${hit.document.kind} ${hit.document.symbol}` : hit.term.term;
  const detail = isDocument ? hit.document.title : (hit.term.expansion ?? hit.term.aliases.join(', '));
  item.append(
    element('p', 'text-xs font-semibold tracking-wide text-accent uppercase', label),
    titleLink(highlightHref(hit.href, highlightTerms(style.query)), title, style),
  );
  if (detail) item.append(element('p', 'mt-1 text-sm text-ink', detail));
  return item;
}

/** The example searches' list and links, as exampleLinks() builds them and SearchPage.astro writes them. */
export const EXAMPLE_LIST_CLASS = 'mt-2 flex flex-wrap gap-2';
export const EXAMPLE_LINK_CLASS = 'inline-block rounded-md border border-line px-2 py-1';

/** The search page's address for an example query. */
export function exampleHref(query: string): string {
  return `/tim-kiem/${searchStateToQueryString({ query, filters: {} })}`;
}

/** Links that run the example queries. */
export function exampleLinks(): HTMLUListElement {
  const list = element('ul', EXAMPLE_LIST_CLASS);
  for (const query of EXAMPLE_QUERIES) {
    const link = element('a', EXAMPLE_LINK_CLASS, query);
    link.href = exampleHref(query);
    const item = element('li');
    item.append(link);
    list.append(item);
  }
  return list;
}
