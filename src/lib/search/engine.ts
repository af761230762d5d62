/**
 * The search itself, on Pagefind's JavaScript API: plans the query, runs every variant,
 * merges the results by page, and filters and counts them. The same code runs in the
 * browser and in the tests, which pass Pagefind loaded in Node.
 */
import type { SearchDictionary } from './dictionary.ts';
import {
  FACETS,
  facetCounts,
  hasFilters,
  matchesFilters,
  type FacetCounts,
  type FacetValues,
  type SelectedFilters,
} from './facets.ts';
import { mergeByPage } from './merge.ts';
import { bestSubResults, MOST_SECTIONS, type SubResult } from './sub-results.ts';
import { queryWords } from './query.ts';
import { planQuery, type DirectHit, type QueryPlan, type QueryVariant } from './query-plan.ts';

/** The data of one result, as Pagefind loads it (the fields this site uses). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

/**
 * Only what a result list shows of a result's data: Pagefind's also holds the page's
 * whole text and every word position, which the search worker need not copy to the page.
 */
export function shownFragment({ url, excerpt, meta, sub_results }: PagefindFragment): PagefindFragment {
  return {
    url,
    excerpt,
    meta: { title: meta['title'], type: meta['type'], layout: meta['layout'] },
    // Only sections under a heading are shown, so each has its anchor.
    sub_results: bestSubResults(sub_results, MOST_SECTIONS).map(
      ({ title, url, excerpt, anchor, weighted_locations }) => ({
        title,
        url,
        excerpt,
        anchor,
        weighted_locations: (weighted_locations ?? []).map(({ balanced_score }) => ({ balanced_score })),
      }),
    ),
  };
}

/** One result of a Pagefind search, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

/** The part of Pagefind's API the engine uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A result with the score it is ranked by. */
export interface RankedResult {
  result: PagefindResult;
  score: number;
}

/** What one search found. */
export interface SearchOutcome {
  plan: QueryPlan;
  /** Every page found, best first. */
  results: RankedResult[];
}

/** The results a reader sees once filters are applied, and the counts beside each filter. */
export interface FilteredOutcome {
  results: RankedResult[];
  directHits: DirectHit[];
  counts: FacetCounts;
}

/** The search engine of one site. */
export interface SearchEngine {
  search(raw: string): Promise<SearchOutcome>;
  filter(outcome: SearchOutcome, selected: SelectedFilters): Promise<FilteredOutcome>;
}

/**
 * Each page's filter values, read once from the index: one filter-only search per
 * value. Pagefind counts filters per query; the merged results of several queries need
 * the values themselves.
 */
async function readFacetValues(pagefind: PagefindApi): Promise<Map<string, FacetValues>> {
  const available = await pagefind.filters();
  const valuesOf = new Map<string, Record<string, string[]>>();
  const searches = FACETS.flatMap(({ key }) =>
    Object.keys(available[key] ?? {}).map(async (value) => {
      const found = await pagefind.search(null, { filters: { [key]: value } });
      for (const { id } of found?.results ?? []) {
        const values = valuesOf.get(id) ?? {};
        (values[key] ??= []).push(value);
        valuesOf.set(id, values);
      }
    }),
  );
  await Promise.all(searches);
  return valuesOf as Map<string, FacetValues>;
}

/**
 * Pagefind's ranking, tuned for Vietnamese: a high term similarity, so that `doan` ranks
 * pages with the word `đoàn` (its đ twin) above pages where it only begins a longer word
 * (`doanh`); and other names (`aka`, see SearchMeta) boosted like titles.
 */
export const PAGEFIND_RANKING = { termSimilarity: 8, metaWeights: { aka: 5 } };

/**
 * How much more a page counts when it holds the query's words side by side, in order.
 * Vietnamese words are written as separate syllables (`đoàn kết`), so a page with the
 * syllables far apart is rarely what the reader meant.
 */
export const PHRASE_BONUS = 2;

/** Creates the engine for a loaded Pagefind and the site's dictionary. */
export function createSearchEngine(pagefind: PagefindApi, dictionary: SearchDictionary): SearchEngine {
  let facetValues: Promise<Map<string, FacetValues>> | undefined;
  const runVariant = async ({ text, weight }: QueryVariant) => {
    const [plain, phrase] = await Promise.all([
      pagefind.search(text),
      pagefind.search(`"${queryWords(text).join(' ')}"`),
    ]);
    const inPhrase = new Set(phrase?.results.map(({ id }) => id));
    return {
      weight,
      results: (plain?.results ?? []).map((result) => ({
        id: result.id,
        score: result.score * (inPhrase.has(result.id) ? PHRASE_BONUS : 1),
        result,
      })),
    };
  };
  return {
    async search(raw) {
      const plan = planQuery(raw, dictionary);
      const runs = await Promise.all(plan.variants.map(runVariant));
      return {
        plan,
        results: mergeByPage(runs).map(({ page, score }) => ({ result: page.result, score })),
      };
    },
    async filter(outcome, selected) {
      facetValues ??= readFacetValues(pagefind);
      const valuesOf = await facetValues;
      const ids = outcome.results.map(({ result }) => result.id);
      return {
        results: outcome.results.filter(({ result }) => matchesFilters(valuesOf.get(result.id), selected)),
        // A direct hit names one document; once the reader narrows the results, it may not fit.
        directHits: hasFilters(selected) ? [] : outcome.plan.directHits,
        counts: facetCounts(ids, valuesOf, selected),
      };
    },
  };
}
