/**
 * Reading the HTML the site builds, the one way every checker and site test does: pages
 * parsed by parse5 (the WHATWG parser), character references decoded by
 * `src/lib/format/entities.ts`. It serves the link checker, the table of contents
 * (headings of a rendered page) and the built-site tests.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { decodeHtml } from '../format/entities.ts';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The attributes of a start tag's inside (`a href="/x" hidden`), names lower-cased, values decoded. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHtml(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** An element of a page: its name and its attributes (names lower-cased, values decoded). */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** Its text: for `<title>` and data blocks (`<script type="application/ld+json">`). */
  text: string;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

function* walk(parent: ParentNode): Generator<StartTag> {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    yield {
      name: node.tagName,
      attributes: new Map(node.attrs.map((attribute) => [attribute.name, attribute.value])),
      text: textContent(node),
    };
    yield* walk(node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : node);
  }
}

/**
 * The elements of a page or a piece of markup in document order, as a browser parses
 * them (comments and the text of `<script>` and `<style>` are not elements). A page
 * (`<!doctype` or `<html` first) is parsed whole, `<html>` and `<body>` with their
 * attributes; a piece of markup yields only the elements it has.
 */
export function startTags(html: string): StartTag[] {
  return [...walk(/^\s*<(?:!doctype|html)/i.test(html) ? parse(html) : parseFragment(html))];
}

/** The text of a piece of markup: tags removed, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decodeHtml(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
