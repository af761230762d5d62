/**
 * What the page and the search worker (search-worker.ts) say to each other. Every request
 * carries the reader's query as typed: the worker keeps the last searches' results by it
 * and, should one have been dropped, searches again, so a request never depends on an
 * earlier one having been kept.
 */
import type { PagefindFragment } from '../../../lib/search/engine.ts';
import type { FacetCounts, SelectedFilters } from '../../../lib/search/facets.ts';
import type { DirectHit, QueryPlan } from '../../../lib/search/query-plan.ts';

/** A request and the answer it gets. */
export interface SearchCalls {
  /** Loads Pagefind and the dictionary; answered once the worker can search. */
  ready: { request: Record<string, never>; answer: true };
  /** The plan of a query and the pages found, best first. */
  search: { request: { raw: string }; answer: { plan: QueryPlan; results: { id: string; score: number }[] } };
  /** The pages (by id) left by the filters, the direct hits still shown, and the counts. */
  filter: {
    request: { raw: string; selected: SelectedFilters };
    answer: { results: string[]; directHits: DirectHit[]; counts: FacetCounts };
  };
  /** The data of one page found by a query. */
  data: { request: { raw: string; page: string }; answer: PagefindFragment };
}

export type SearchCall = keyof SearchCalls;

/** A message to the worker. */
export type SearchRequest = {
  [K in SearchCall]: { id: number; call: K } & SearchCalls[K]['request'];
}[SearchCall];

/** The worker's reply to the request with the same id. */
export type SearchReply =
  { id: number; ok: true; answer: unknown } | { id: number; ok: false; error: string };
