/**
 * Loads the search on first use — Pagefind's script and index from /pagefind/, and the
 * dictionary — so that reading pages carry none of it until a reader starts searching.
 */
import { DICTIONARY_PATH, isSearchDictionary } from '../../../lib/search/dictionary.ts';
import {
  createSearchEngine,
  PAGEFIND_RANKING,
  type PagefindApi,
  type SearchEngine,
} from '../../../lib/search/engine.ts';

/** Pagefind's browser API, as built into dist/pagefind/ (not bundled: it is made after the site). */
interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Words per excerpt: about two lines under a result. */
const EXCERPT_WORDS = 24;

/**
 * Whether Pagefind searches in a web worker. On the search page, yes: a shared link or a
 * reload searches while the page loads, and decompressing the index and searching it on
 * the main thread blocked the page for over a second on a mid-range phone (Lighthouse,
 * 4x CPU slowdown: total blocking time 1.1–1.4 s, 0.4–0.7 s with the worker). Elsewhere,
 * no: the header box searches only once the reader has typed, and the worker would
 * download a second copy of Pagefind's code (43 KB) before the first result.
 */
function searchInWorker(): boolean {
  return document.querySelector('search-page') !== null;
}

async function loadPagefind(): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
  await pagefind.options({
    ranking: PAGEFIND_RANKING,
    excerptLength: EXCERPT_WORDS,
    noWorker: !searchInWorker(),
  });
  await pagefind.init();
  return pagefind;
}

async function loadDictionary() {
  const response = await fetch(DICTIONARY_PATH);
  if (!response.ok) throw new Error(`${DICTIONARY_PATH}: ${response.status}`);
  const dictionary: unknown = await response.json();
  if (!isSearchDictionary(dictionary)) throw new Error(`${DICTIONARY_PATH}: unexpected content`);
  return dictionary;
}

let engine: Promise<SearchEngine> | undefined;

/** The site's search engine, loaded once; after a failure (offline) the next call tries again. */
export function loadSearch(): Promise<SearchEngine> {
  if (!engine) {
    const loading = Promise.all([loadPagefind(), loadDictionary()]).then(([pagefind, dictionary]) =>
      createSearchEngine(pagefind, dictionary),
    );
    engine = loading;
    loading.catch(() => {
      engine = undefined;
    });
  }
  return engine;
}
