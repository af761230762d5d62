/** The RSS feed's items: the entries with a page, most recently reviewed first. */
import { COLLECTIONS, type CollectionName } from '../schemas/registry.ts';
import { ENTRY_KIND_LABELS, entryHref } from './site.ts';

/** A collection whose entries carry the date they were last reviewed. */
export type FeedCollection = Exclude<CollectionName, 'plans' | 'glossary'>;

/** The collections the feed lists: all but the plans and the glossary, which have no `updated` date. */
export const FEED_COLLECTIONS: readonly FeedCollection[] = COLLECTIONS.filter(
  (name): name is FeedCollection => name !== 'plans' && name !== 'glossary',
);

/** What the feed needs of an entry. */
export interface FeedEntry {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  /** When the entry was last reviewed (`YYYY-MM-DD`). */
  updated: string;
}

/** Feed items, newest `updated` first, then by title so that the order is stable. */
export function feedItems(entries: readonly FeedEntry[]) {
  return [...entries]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'vi'))
    .map((entry) => ({
      title: entry.title,
      link: entryHref(entry.collection, entry.id),
      description: entry.summary,
      pubDate: new Date(`${entry.updated}T00:00:00Z`),
      categories: [ENTRY_KIND_LABELS[entry.collection]],
    }));
}
