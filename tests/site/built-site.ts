/**
 * Reading the built site in dist/ for the site tests: its pages, their head tags, its
 * configured origin. Pages are parsed by the one HTML reader (src/lib/text/html.ts) and
 * decoded by the one decoder (src/lib/format/entities.ts), as the checkers read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { decodeHtml } from '../../src/lib/format/entities.ts';
import { collapseWhiteSpace, startTags, type StartTag } from '../../src/lib/text/html.ts';
import { builtPages as distPages } from './dist-pages.ts';

export { decodeHtml };

const parsed = new Map<string, StartTag[]>();

/** The elements of a page, parsed once per page text. */
export function elementsOf(html: string): StartTag[] {
  let tags = parsed.get(html);
  if (!tags) parsed.set(html, (tags = startTags(html)));
  return tags;
}

/**
 * The address the site in dist/ was built for, read from its home page's canonical link:
 * the site tests run on a build with `SITE_URL` set (`npm test` sets a test address).
 */
export const SITE = builtSiteAddress();

function builtSiteAddress(): URL {
  const canonical = linkHref(readFileSync('dist/index.html', 'utf8'), 'canonical');
  if (!canonical)
    throw new Error('dist/ được dựng không có SITE_URL: hãy dựng lại bằng `SITE_URL=… npm run build`.');
  return new URL(canonical);
}

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path that serves it: `/van-ban/01-kl-tw/`, `/404/` for 404.html. */
  path: string;
  html: string;
}

/** Every file under dist/, as paths relative to it. */
export function distFiles(): string[] {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.replace(/^dist\/?/, ''));
}

let pages: BuiltPage[] | undefined;

/** Every built HTML page (listed by dist-pages.ts), read once. */
export function builtPages(): BuiltPage[] {
  pages ??= distPages().map((page) => ({
    // The route's path, as the page's own head names it: 404.html is the route /404/.
    path: page.path.replace(/\.html$/, '/'),
    html: readFileSync(page.file, 'utf8'),
  }));
  return pages;
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
