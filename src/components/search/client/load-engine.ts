/**
 * Loads the search engine: Pagefind's script and index from /pagefind/ (not bundled: it
 * is made after the site) and the dictionary, in whichever thread calls it — the search
 * worker, or the page itself when workers are not available.
 */
import { DICTIONARY_PATH, isSearchDictionary } from '../../../lib/search/dictionary.ts';
import {
  createSearchEngine,
  PAGEFIND_RANKING,
  type PagefindApi,
  type SearchEngine,
} from '../../../lib/search/engine.ts';

/** Pagefind's browser API, as built into dist/pagefind/. */
interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const PAGEFIND_BASE = '/pagefind/';
const PAGEFIND_URL = `${PAGEFIND_BASE}pagefind.js`;

/** Words per excerpt: about two lines under a result. */
const EXCERPT_WORDS = 24;

async function loadPagefind(): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
  // Pagefind's own worker is never used: in the search worker it would be a worker's
  // worker, and on the page (the fallback) it would be a second copy of Pagefind's code.
  // The paths are given: in a worker Pagefind would take its own full URL as base and
  // give every result's address with the origin, which the highlighter leaves alone.
  await pagefind.options({
    ranking: PAGEFIND_RANKING,
    excerptLength: EXCERPT_WORDS,
    noWorker: true,
    basePath: PAGEFIND_BASE,
    baseUrl: '/',
  });
  // In a worker Pagefind cannot read <html lang> and takes its largest index: the site
  // has one, Vietnamese.
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

/** The engine, once Pagefind and the dictionary are loaded. */
export async function loadEngine(): Promise<SearchEngine> {
  const [pagefind, dictionary] = await Promise.all([loadPagefind(), loadDictionary()]);
  return createSearchEngine(pagefind, dictionary);
}
