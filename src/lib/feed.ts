/** The RSS feed's items: the entries with a page, most recently reviewed first. */
import type { CollectionName } from '../schemas/common.ts';
import { ENTRY_KIND_LABELS, entryHref } from './site.ts';

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
