/**
 * Groupings of the browse pages: documents by issuer and on a timeline, campaigns by
 * kind, examples by place and by campaign. Pure: they take entries and return groups.
 */

/** A group of items sharing one key, e.g. the documents of one issuer. */
export interface Group<K, T> {
  key: K;
  items: T[];
}

/**
 * Groups items by a key (an item may have several), groups in the order keys are first
 * met, or in `order` where given (keys it does not name come after, in order met).
 */
export function groupBy<K, T>(
  items: readonly T[],
  keysOf: (item: T) => K | readonly K[],
  order: readonly K[] = [],
): Group<K, T>[] {
  const groups = new Map<K, T[]>();
  for (const key of order) groups.set(key, []);
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of Array.isArray(keys) ? (keys as readonly K[]) : [keys as K]) {
      const list = groups.get(key) ?? [];
      list.push(item);
      groups.set(key, list);
    }
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, items: list }));
}

/** Larger groups first, then by key the Vietnamese way: the place with most examples leads. */
export function largestFirst<T>(groups: Group<string, T>[]): Group<string, T>[] {
  return [...groups].sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key, 'vi'));
}

/** Items on a timeline: those with a verified date, by year, oldest first; the rest apart. */
export interface Timeline<T> {
  years: Group<number, T>[];
  /** Items whose date is not verified, in the order given. */
  undated: T[];
}

/** Puts items on a timeline by a verified ISO date (`YYYY-MM-DD`); items without one go apart. */
export function timeline<T>(items: readonly T[], dateOf: (item: T) => string | undefined): Timeline<T> {
  const dated = items
    .filter((item) => dateOf(item) !== undefined)
    .sort((a, b) => dateOf(a)!.localeCompare(dateOf(b)!));
  return {
    years: groupBy(dated, (item) => Number(dateOf(item)!.slice(0, 4))),
    undated: items.filter((item) => dateOf(item) === undefined),
  };
}
