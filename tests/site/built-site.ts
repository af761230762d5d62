/**
 * Reading the built site in dist/ for the site tests: its pages, their head tags, its
 * configured origin. Pages are parsed by the one HTML reader (elements.ts) and
 * decoded by the one decoder (src/lib/format/entities.ts), as the checkers read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { decodeHtml } from '../../src/lib/format/entities.ts';
import { linkHref } from './elements.ts';
import { builtPages as distPages } from './dist-pages.ts';

export { decodeHtml };
export {
  classesOf,
  definition,
  elementsIn,
  elementsOf,
  jsonLd,
  linkHref,
  metaContent,
  nextSibling,
} from './elements.ts';

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
