/**
 * Filters with counts (SPEC §4: content type, year, issuer, place). Pagefind gives each
 * page's filter values; here they are applied to the merged results of several queries
 * and counted, which Pagefind cannot do across queries.
 */
import { ENTRY_KIND_LABELS } from '../site.ts';

/** The filters, in the order they are shown: Pagefind key, URL parameter, label. */
export const FACETS = [
  { key: 'type', param: 'loai', label: 'Loại' },
  { key: 'year', param: 'nam', label: 'Năm' },
  { key: 'issuer', param: 'co-quan', label: 'Cơ quan ban hành' },
  { key: 'place', param: 'noi', label: 'Nơi' },
] as const;

/** A filter's Pagefind key. */
export type FacetKey = (typeof FACETS)[number]['key'];

/** The values a reader ticked, by filter; within a filter any value may match. */
export type SelectedFilters = Partial<Record<FacetKey, readonly string[]>>;

/** A page's values, by filter. */
export type FacetValues = Partial<Record<FacetKey, readonly string[]>>;

/** How many results each value of each filter would leave. */
export type FacetCounts = Record<FacetKey, Map<string, number>>;

/** Whether a page's values satisfy every ticked filter, leaving one filter out if asked. */
export function matchesFilters(
  values: FacetValues | undefined,
  selected: SelectedFilters,
  except?: FacetKey,
): boolean {
  return FACETS.every(({ key }) => {
    const wanted = selected[key] ?? [];
    return key === except || wanted.length === 0 || wanted.some((value) => values?.[key]?.includes(value));
  });
}

/** Whether any filter is ticked. */
export function hasFilters(selected: SelectedFilters): boolean {
  return FACETS.some(({ key }) => (selected[key] ?? []).length > 0);
}

/**
 * For each filter value, the number of results a reader would see after ticking it:
 * counted over the results that satisfy the other filters, so ticking a second value
 * of the same filter widens the results as its count says.
 */
export function facetCounts(
  ids: readonly string[],
  valuesOf: ReadonlyMap<string, FacetValues>,
  selected: SelectedFilters,
): FacetCounts {
  const counts = Object.fromEntries(FACETS.map(({ key }) => [key, new Map<string, number>()])) as FacetCounts;
  for (const id of ids) {
    const values = valuesOf.get(id);
    for (const { key } of FACETS) {
      if (!matchesFilters(values, selected, key)) continue;
      for (const value of values?.[key] ?? []) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

const KIND_ORDER: readonly string[] = Object.values(ENTRY_KIND_LABELS);

/** A filter's values in reading order: kinds as the site lists them, years newest first, names A–Z. */
export function orderFacetValues(key: FacetKey, values: Iterable<string>): string[] {
  const list = [...values];
  if (key === 'type') {
    const rank = (value: string) =>
      KIND_ORDER.includes(value) ? KIND_ORDER.indexOf(value) : KIND_ORDER.length;
    return list.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'));
  }
  if (key === 'year') return list.sort((a, b) => b.localeCompare(a));
  return list.sort((a, b) => a.localeCompare(b, 'vi'));
}
