/**
 * Reading a built page's elements with the one HTML reader (src/lib/text/html.ts): each
 * page parsed once, and what the site and integration tests ask of its elements. No
 * dist/ needed: the integration tests read their own fixture site's pages with it.
 */
import { collapseWhiteSpace, startTags, type StartTag } from '../../src/lib/text/html.ts';

const parsed = new Map<string, StartTag[]>();

/** The elements of a page, parsed once per page text. */
export function elementsOf(html: string): StartTag[] {
  let tags = parsed.get(html);
  if (!tags) parsed.set(html, (tags = startTags(html)));
  return tags;
}

/** The elements inside `element`, one of the elements of `html`, in document order. */
export function elementsIn(html: string, element: StartTag): StartTag[] {
  return elementsOf(html).filter((tag) => tag.ancestors.includes(element));
}

/**
 * The element after `element` under the same parent, one of the elements of `html`: the
 * `<dd>` after a `<dt>`, the list after its heading.
 */
export function nextSibling(html: string, element: StartTag): StartTag | undefined {
  const tags = elementsOf(html);
  const parent = element.ancestors.at(-1);
  return tags
    .slice(tags.indexOf(element) + 1)
    .find((tag) => tag.ancestors.at(-1) === parent && tag.ancestors.length === element.ancestors.length);
}

/** The `<dd>` after the first `<dt>` of a page that reads `term`: the value of one of its facts. */
export function definition(html: string, term: string): StartTag | undefined {
  const dt = elementsOf(html).find((tag) => tag.name === 'dt' && collapseWhiteSpace(tag.text) === term);
  return dt && nextSibling(html, dt);
}

/** The classes an element's `class` attribute names. */
export function classesOf(tag: StartTag): string[] {
  return (tag.attributes.get('class') ?? '').split(/\s+/).filter(Boolean);
}

/** The `content` of a `<meta property|name="…">` of a page, or `undefined`. */
export function metaContent(html: string, key: string): string | undefined {
  return elementsOf(html)
    .find(
      (tag) => tag.name === 'meta' && (tag.attributes.get('property') ?? tag.attributes.get('name')) === key,
    )
    ?.attributes.get('content');
}

/** The `href` of a `<link rel="…">` of a page, or `undefined`. */
export function linkHref(html: string, rel: string): string | undefined {
  return elementsOf(html)
    .find((tag) => tag.name === 'link' && tag.attributes.get('rel') === rel)
    ?.attributes.get('href');
}

/** The JSON-LD documents of a page, parsed. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return elementsOf(html)
    .filter((tag) => tag.name === 'script' && tag.attributes.get('type') === 'application/ld+json')
    .map((tag) => JSON.parse(tag.text) as Record<string, unknown>);
}
