/** Collection queries in the orders readers expect (themes as in the plan, documents by date…). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { latestIsoDate } from '../lib/format/date.ts';
import { COLLECTIONS } from '../schemas/registry.ts';

/** The themes, by plan (newest first) and then in the plan's own order. */
export async function themesInOrder(): Promise<CollectionEntry<'themes'>[]> {
  return (await getCollection('themes')).sort(
    (a, b) => Number(b.data.plan.id) - Number(a.data.plan.id) || a.data.order - b.data.order,
  );
}

/** Entries sorted by a display name, the Vietnamese way. */
export function byName<T>(entries: T[], name: (entry: T) => string): T[] {
  return [...entries].sort((a, b) => name(a).localeCompare(name(b), 'vi'));
}

/** The day content was last reviewed: the latest `updated` of any entry, of any collection. */
export async function lastContentReview(): Promise<string | undefined> {
  const lists = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  return latestIsoDate(
    lists.flat().flatMap((entry) => {
      const { updated } = entry.data as { updated?: unknown };
      return typeof updated === 'string' ? [updated] : [];
    }),
  );
}
