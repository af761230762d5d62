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

async function loadPagefind(): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
  // noWorker: the index is small, searches take a millisecond or two, and a worker would
  // download a second copy of Pagefind's code (43 KB) before the first result.
  await pagefind.options({ ranking: PAGEFIND_RANKING, excerptLength: EXCERPT_WORDS, noWorker: true });
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
