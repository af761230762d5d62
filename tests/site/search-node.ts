/**
 * The real Pagefind index of the built site, loaded in Node: Pagefind's own browser
 * script (`dist/pagefind/pagefind.js`) with `fetch` answered from the files in
 * `dist/pagefind/`, so tests search exactly what readers search. Node has no web
 * worker, so Pagefind runs on the main thread, as its API allows.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSearchDictionary, type SearchDictionary } from '../../src/lib/search/dictionary.ts';
import {
  createSearchEngine,
  PAGEFIND_RANKING,
  type PagefindApi,
  type SearchEngine,
} from '../../src/lib/search/engine.ts';

/**
 * A query that finds nothing. Pagefind searches a word it does not know as the longest
 * prefix it does know (Pagefind/pagefind#315; an option against it is asked for in
 * #1246): "xyzxyzxyz" finds every page with the roman numeral "X". No page has a
 * one-letter word "q".
 */
export const NONSENSE_QUERY = 'qzqzqzqz';

const DIST = resolve('dist');

/** A `fetch` that serves `…/pagefind/<file>?…` requests from `<dist>/pagefind`. */
function fetchFrom(dist: string): typeof fetch {
  const bundle = join(dist, 'pagefind');
  return (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = url.replace(/^.*?\/pagefind\//, '').replace(/[?#].*$/, '');
    if (file.includes('..')) throw new Error(`refusing to read ${url}`);
    return new Response(await readFile(join(bundle, file)));
  }) as typeof fetch;
}

/**
 * Pagefind and the search dictionary of a site built into `dist` (another build than
 * dist/ needs a test file of its own: Pagefind's script keeps one index per module).
 */
export async function loadSearchOf(
  dist: string,
): Promise<{ pagefind: PagefindApi; dictionary: SearchDictionary }> {
  globalThis.fetch = fetchFrom(dist);
  const pagefind = (await import(
    pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href
  )) as PagefindApi & {
    options(options: Record<string, unknown>): Promise<void>;
  };
  await pagefind.options({ basePath: '/pagefind/', ranking: PAGEFIND_RANKING });
  const dictionary: unknown = JSON.parse(await readFile(join(dist, 'tim-kiem', 'tu-dien.json'), 'utf8'));
  if (!isSearchDictionary(dictionary))
    throw new Error(`${dist}/tim-kiem/tu-dien.json is not a search dictionary`);
  return { pagefind, dictionary };
}

let loaded: Promise<{ pagefind: PagefindApi; dictionary: SearchDictionary }> | undefined;

/** Pagefind and the search dictionary of the built site in dist/, loaded once. */
export function loadBuiltSearch(): Promise<{ pagefind: PagefindApi; dictionary: SearchDictionary }> {
  loaded ??= loadSearchOf(DIST);
  return loaded;
}

/** The site's search engine over the built index. */
export async function builtSearchEngine(): Promise<SearchEngine> {
  const { pagefind, dictionary } = await loadBuiltSearch();
  return createSearchEngine(pagefind, dictionary);
}

/** The URLs of the first `count` results of a query, direct hits first, as a reader sees them. */
export async function topUrls(engine: SearchEngine, query: string, count = 3): Promise<string[]> {
  const outcome = await engine.search(query);
  const direct = outcome.plan.directHits.map((hit) => hit.href);
  const pages = await Promise.all(
    outcome.results.slice(0, count + direct.length).map(({ result }) => result.data()),
  );
  const urls = [...direct, ...pages.map((page) => page.url).filter((url) => !direct.includes(url))];
  return urls.slice(0, count);
}
