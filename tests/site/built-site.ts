/** Reading the built site in dist/ for the site tests: its pages, their head tags, its configured origin. */
import { readdirSync, readFileSync } from 'node:fs';
import { decodeAttribute } from '../../src/lib/security/csp.ts';

/** Text of an HTML attribute, decoded. */
export const decodeHtml = decodeAttribute;

/**
 * The address the site in dist/ was built for, read from its home page's canonical link:
 * the site tests run on a build with `SITE_URL` set (`npm test` sets a test address).
 */
export const SITE = builtSiteAddress();

function builtSiteAddress(): URL {
  const home = readFileSync('dist/index.html', 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
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

/** Every built HTML page. */
export function builtPages(): BuiltPage[] {
  pages ??= distFiles()
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      path: `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`,
      html: readFileSync(`dist/${file}`, 'utf8'),
    }));
  return pages;
}

/** The `content` of a `<meta property|name="…">` of a page, or `undefined`. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag ? decodeAttribute(tag[1]!) : undefined;
}

/** The `href` of a `<link rel="…">` of a page, or `undefined`. */
export function linkHref(html: string, rel: string): string | undefined {
  return new RegExp(`<link rel="${rel}"[^>]* href="([^"]*)"`).exec(html)?.[1];
}

/** The JSON-LD documents of a page, parsed. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}
