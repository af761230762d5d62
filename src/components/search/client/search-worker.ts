/**
 * The search, off the page's main thread: Pagefind, the dictionary and the engine run in
 * this worker, and the page receives only the results to show. Searching means
 * decompressing index chunks, running a dozen Pagefind queries per reader's query and
 * merging them; on the main thread that held up the page's first frames and the reader's
 * typing (Lighthouse, search page opened with a query: 266–426 ms total blocking time).
 */
import { shownFragment, type SearchOutcome } from '../../../lib/search/engine.ts';
import { loadEngine } from './load-engine.ts';
import type { SearchCalls, SearchReply, SearchRequest } from './search-protocol.ts';

/** Searches kept, by query, for the filters and the "more results" that follow them. */
const KEPT = 8;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
};
const engine = loadEngine();
const outcomes = new Map<string, Promise<SearchOutcome>>();

function outcomeOf(raw: string): Promise<SearchOutcome> {
  let outcome = outcomes.get(raw);
  if (outcome) outcomes.delete(raw);
  else outcome = engine.then((search) => search.search(raw));
  // Re-inserted last: the Map's order is the order of use, oldest first.
  outcomes.set(raw, outcome);
  for (const oldest of outcomes.keys()) {
    if (outcomes.size <= KEPT) break;
    outcomes.delete(oldest);
  }
  // A failed search is not kept (a later one for the same query, already kept, is).
  outcome.catch(() => {
    if (outcomes.get(raw) === outcome) outcomes.delete(raw);
  });
  return outcome;
}

async function answer(request: SearchRequest): Promise<SearchCalls[SearchRequest['call']]['answer']> {
  switch (request.call) {
    case 'ready':
      await engine;
      return true;
    case 'search': {
      const { plan, results } = await outcomeOf(request.raw);
      return { plan, results: results.map(({ result, score }) => ({ id: result.id, score })) };
    }
    case 'filter': {
      const outcome = await outcomeOf(request.raw);
      const filtered = await (await engine).filter(outcome, request.selected);
      return { ...filtered, results: filtered.results.map(({ result }) => result.id) };
    }
    case 'data': {
      const { results } = await outcomeOf(request.raw);
      const found = results.find(({ result }) => result.id === request.page);
      if (!found) throw new Error(`no page ${request.page} for “${request.raw}”`);
      return shownFragment(await found.result.data());
    }
  }
}

scope.onmessage = ({ data: request }) => {
  answer(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, answer: value }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: String(error) }),
  );
};
