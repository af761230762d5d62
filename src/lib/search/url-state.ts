/**
 * The search in the URL (`/tim-kiem/?q=hang+viet&loai=cuộc+vận+động`), so that a search
 * can be reloaded, bookmarked and shared. Anything may arrive in a URL: values are
 * bounded and never trusted beyond being text.
 */
import { FACETS, type SelectedFilters } from './facets.ts';
import { normalizeQuery } from './query.ts';

/** The query parameter holding what the reader typed. */
export const QUERY_PARAM = 'q';

/** Most values of one filter read from a URL, and their longest length. */
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 120;

/** A search as the URL records it. */
export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

/** Reads a search from a URL's query string. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SelectedFilters = {};
  for (const { key, param } of FACETS) {
    const values = [
      ...new Set(
        params.getAll(param).map((value) => value.normalize('NFC').trim().slice(0, MAX_VALUE_LENGTH)),
      ),
    ]
      .filter(Boolean)
      .slice(0, MAX_VALUES);
    if (values.length > 0) filters[key] = values;
  }
  return { query: params.get(QUERY_PARAM) ?? '', filters };
}

/** Writes a search as a query string, `?` included, or an empty string for no search. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  // Only what is searched goes in the URL: a 10,000-character query would make the address
  // too long for servers to answer (nginx: 414) when reloaded or shared.
  const query = normalizeQuery(state.query);
  if (query) params.set(QUERY_PARAM, query);
  for (const { key, param } of FACETS)
    for (const value of state.filters[key] ?? []) params.append(param, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
