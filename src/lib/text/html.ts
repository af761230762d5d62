/**
 * Reading the HTML the site builds, the one way every checker and site test does: pages
 * and pieces of markup parsed by parse5 (the WHATWG parser, which decodes character
 * references from the `entities` package's tables, as `src/lib/format/entities.ts` does).
 * It serves the link checker, the table of contents (headings of a rendered page) and the
 * built-site tests.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** An element of a page: its name and its attributes (names lower-cased, values decoded). */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /**
   * Its text, its descendants' included: a `<title>`, a data block (`<script
   * type="application/ld+json">`), the words of a section.
   */
  text: string;
  /** The elements it is inside, outermost first: what a selector such as `h2 a` reads. */
  ancestors: readonly StartTag[];
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

function* walk(parent: ParentNode, ancestors: readonly StartTag[]): Generator<StartTag> {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    let text: string | undefined;
    const element: StartTag = {
      name: node.tagName,
      attributes: new Map(node.attrs.map((attribute) => [attribute.name, attribute.value])),
      // Read when asked, once: a whole page's elements each joining their subtree's text
      // would be most of the work of reading it (the table of contents asks only its <h2>s).
      get text() {
        return (text ??= textContent(node));
      },
      ancestors,
    };
    yield element;
    yield* walk(node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : node, [
      ...ancestors,
      element,
    ]);
  }
}

/**
 * Parsed as a browser with scripting off reads it: what `<noscript>` holds is markup then,
 * elements whose links, classes and styles must be as sound as the rest (with scripting
 * on, parse5 keeps it as one run of text).
 */
const AS_WITHOUT_SCRIPTS = { scriptingEnabled: false };

/**
 * The elements of a page or a piece of markup in document order, as a browser parses
 * them (comments and the text of `<script>` and `<style>` are not elements; what
 * `<noscript>` holds is). A page (`<!doctype` or `<html` first) is parsed whole, `<html>`
 * and `<body>` with their attributes; a piece of markup yields only the elements it has.
 */
export function startTags(html: string): StartTag[] {
  return [...walk(parseMarkup(html), [])];
}

/** A page (`<!doctype` or `<html` first) parsed whole; anything else as a piece of markup. */
function parseMarkup(html: string): ParentNode {
  return /^\s*<(?:!doctype|html)/i.test(html)
    ? parse(html, AS_WITHOUT_SCRIPTS)
    : parseFragment(html, AS_WITHOUT_SCRIPTS);
}

/** Text with each run of white space (no-break spaces too) made one space, and trimmed. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of a piece of markup as the parser reads it: tags and comments dropped (a `>`
 * inside an attribute value or a comment ends nothing), entities decoded, white space collapsed.
 */
export function textOf(html: string): string {
  return collapseWhiteSpace(textContent(parseFragment(html, AS_WITHOUT_SCRIPTS)));
}

/**
 * `startTags` and `textOf` of the same markup from one parse, for a reader that needs both
 * (the table of contents of every entry page).
 */
export function readMarkup(html: string): { elements: StartTag[]; text: string } {
  const root = parseMarkup(html);
  return { elements: [...walk(root, [])], text: collapseWhiteSpace(textContent(root)) };
}
