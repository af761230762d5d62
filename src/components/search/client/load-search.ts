/**
 * Loads the search on first use, so that reading pages carry none of it until a reader
 * starts searching. The search runs in a worker (search-worker.ts) and the page only
 * shows what it finds; where a module worker cannot start (an old browser), it runs on
 * the page instead.
 */
import type { SearchEngine } from '../../../lib/search/engine.ts';
import { latestOnly } from '../../../lib/search/latest-only.ts';
import { loadEngine } from './load-engine.ts';
import type { SearchCall, SearchCalls, SearchReply, SearchRequest } from './search-protocol.ts';

/** A reader's query, as typed, for each search the worker ran: later calls name it. */
const queryOf = new WeakMap<object, string>();

/** Who searches: the header box or the search page. */
export type SearchLane = 'box' | 'page';

/** The engine each lane uses. */
type Engines = (lane: SearchLane) => SearchEngine;

/** The worker's engine, as seen from the page: every call is a message. */
function workerEngines(worker: Worker): { engines: Engines; ready: Promise<unknown> } {
  let nextId = 0;
  const pending = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', ({ data: reply }: MessageEvent<SearchReply>) => {
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) call?.resolve(reply.answer);
    else call?.reject(new Error(reply.error));
  });
  // The worker's script did not load or run: every call waiting fails.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll(new Error(`search worker: ${event.message || 'failed to start'}`));
  });
  const call = <K extends SearchCall>(
    name: K,
    request: SearchCalls[K]['request'],
  ): Promise<SearchCalls[K]['answer']> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      worker.postMessage({ id, call: name, ...request } as SearchRequest);
    });

  const filter: SearchEngine['filter'] = async (outcome, selected) => {
    const raw = queryOf.get(outcome) ?? outcome.plan.query;
    const filtered = await call('filter', { raw, selected });
    const found = new Map(outcome.results.map((ranked) => [ranked.result.id, ranked]));
    return { ...filtered, results: filtered.results.flatMap((id) => found.get(id) ?? []) };
  };
  const views = new Map<SearchLane, SearchEngine>();
  const engines: Engines = (lane) => {
    let view = views.get(lane);
    if (!view) {
      // While the worker searches, only the lane's newest query waits: the letters typed
      // in between are not searched (the caller already ignores answers to older queries).
      const search = latestOnly((raw: string) => call('search', { raw }));
      view = {
        async search(raw) {
          const { plan, results } = await search(raw);
          const outcome = {
            plan,
            results: results.map(({ id, score }) => ({
              score,
              result: { id, score, data: () => call('data', { raw, page: id }) },
            })),
          };
          queryOf.set(outcome, raw);
          return outcome;
        },
        filter,
      };
      views.set(lane, view);
    }
    return view;
  };
  return { engines, ready: call('ready', {}) };
}

async function startWorker(): Promise<Engines> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const { engines, ready } = workerEngines(worker);
  try {
    await ready;
    return engines;
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

async function startOnPage(): Promise<Engines> {
  const engine = await loadEngine();
  return () => engine;
}

let loaded: Promise<Engines> | undefined;

/**
 * The site's search engine for the header box or the search page, loaded once; after a
 * failure (offline) the next call tries again.
 */
export async function loadSearch(lane: SearchLane): Promise<SearchEngine> {
  if (!loaded) {
    // No module worker here, or it would not start: search on the page. (Offline, the
    // page cannot load the search either, and the next call tries again.) The page's
    // copy of the engine is imported, not loaded on demand: a dynamic import would bring
    // Vite's preload helper into every reading page's script.
    const loading = (typeof Worker === 'function' ? startWorker() : startOnPage()).catch(() => startOnPage());
    loaded = loading;
    loading.catch(() => {
      loaded = undefined;
    });
  }
  return (await loaded)(lane);
}
