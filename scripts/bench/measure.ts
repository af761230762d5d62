/**
 * The figures the benchmark prints for one built site: pages, bytes of dist/, bytes of
 * the Pagefind index, and — in Chromium, through the counting server — the bytes a
 * first search fetches and the bytes of one reading page.
 */
import type { Browser } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveCounting } from './static-server.ts';

/** What a built site weighs and what its first search costs. */
export interface SiteFigures {
  buildSeconds: number;
  pages: number;
  distBytes: number;
  indexBytes: number;
  firstQueryBytes: number;
  firstQueryRequests: number;
  firstQueryResults: number;
  pageBytes: number;
  pageRequests: number;
  /** Five pages read one after another in one browser, its cache kept: bytes and requests. */
  visitBytes: number;
  visitRequests: number;
  /** Bytes the service worker saves on a first visit (0 for a site without one). */
  precacheBytes: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(join(dir, name)).isFile(),
  );
}

/** Bytes of every file under `dir`. */
export function folderBytes(dir: string, keep: (name: string) => boolean = () => true): number {
  return files(dir)
    .filter(keep)
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** The HTML pages of a built site. */
export function countPages(dist: string): number {
  return files(dist).filter((name) => name.endsWith('.html')).length;
}

/**
 * The index proper: entry, metadata, word index, fragments and filters — not Pagefind's
 * code (its JS, CSS and WebAssembly engine), which is the same for any site.
 */
export function pagefindIndexBytes(dist: string): number {
  return folderBytes(join(dist, 'pagefind'), (name) => !/\.(js|css)$|^wasm\./.test(name));
}

/** Every file under `dir` (relative, `/` separators) with its size. */
export function fileSizes(dir: string): Map<string, number> {
  return new Map(files(dir).map((name) => [name.replaceAll('\\', '/'), statSync(join(dir, name)).size]));
}

/**
 * Loads the page at `pagePath` (counting everything it fetches, the service worker's
 * background saving for offline use excepted); reads the pages of `visitPaths` one after
 * another in one context, its cache kept; then, in a fresh context, runs `query` through Pagefind's own API as a search page would on its first
 * search (init, search, the data of the first 10 results) and counts what that fetches.
 */
export async function measureInBrowser(
  browser: Browser,
  dist: string,
  pagePath: string,
  visitPaths: readonly string[],
  query: string,
): Promise<
  Pick<
    SiteFigures,
    | 'firstQueryBytes'
    | 'firstQueryRequests'
    | 'firstQueryResults'
    | 'pageBytes'
    | 'pageRequests'
    | 'visitBytes'
    | 'visitRequests'
  >
> {
  const server = await serveCounting(dist);
  try {
    // The page as a reader first gets it: without the service worker, whose saving of the
    // whole site for offline use runs in the background after the page has loaded.
    const pageContext = await browser.newContext({ serviceWorkers: 'block' });
    const page = await pageContext.newPage();
    server.reset();
    await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'networkidle' });
    const pageBytes = server.traffic.bytes;
    const pageRequests = server.traffic.requests.length;
    await pageContext.close();

    // A reader's short visit: five pages in a row, the browser's cache kept between them.
    const visitContext = await browser.newContext({ serviceWorkers: 'block' });
    const visit = await visitContext.newPage();
    server.reset();
    for (const path of visitPaths) await visit.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const visitBytes = server.traffic.bytes;
    const visitRequests = server.traffic.requests.length;
    await visitContext.close();

    const searchContext = await browser.newContext();
    const search = await searchContext.newPage();
    // A page of the same origin that loads nothing, so that only the search is counted.
    await search.goto(`${server.origin}/pagefind/pagefind-entry.json`);
    server.reset();
    const firstQueryResults = await search.evaluate(
      async ([origin, q]) => {
        const pagefind = await import(`${origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const found = await pagefind.search(q);
        await Promise.all(
          found.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()),
        );
        return found.results.length as number;
      },
      [server.origin, query] as const,
    );
    const figures = {
      firstQueryBytes: server.traffic.bytes,
      firstQueryRequests: server.traffic.requests.length,
      firstQueryResults,
      pageBytes,
      pageRequests,
      visitBytes,
      visitRequests,
    };
    await searchContext.close();
    return figures;
  } finally {
    await server.close();
  }
}
