/**
 * Which entries rest on which paragraph of a plan: the "where this paragraph is
 * explained" list beside each paragraph of the plan page. Computed from the entries'
 * own provenance (`sources`, responsibilities, quotes), never typed by hand.
 */
import type { CollectionName } from '../../schemas/registry.ts';
import { collectionRank } from '../site.ts';
import { compareParagraphIds } from '../format/paragraph-id.ts';

/** The provenance of one entry, as the back-references need it. */
export interface ProvenanceEntry {
  collection: CollectionName;
  id: string;
  title: string;
  /** The year (id) of the plan the paragraph ids refer to. */
  plan: string;
  /** Every paragraph id the entry rests on, in any order, repeats allowed. */
  paragraphs: readonly string[];
}

/** A reference to an entry that rests on a paragraph. */
export interface ParagraphBackReference {
  collection: CollectionName;
  id: string;
  title: string;
}

/**
 * Maps each paragraph id of plan `plan` to the entries resting on it, grouped in the
 * order readers meet them (themes first), each entry once.
 */
export function entriesByParagraph(
  entries: readonly ProvenanceEntry[],
  plan: string,
): Map<string, ParagraphBackReference[]> {
  const result = new Map<string, ParagraphBackReference[]>();
  const sorted = [...entries].sort(
    (a, b) =>
      collectionRank(a.collection) - collectionRank(b.collection) || a.title.localeCompare(b.title, 'vi'),
  );
  for (const entry of sorted) {
    if (entry.plan !== plan) continue;
    for (const paragraph of new Set(entry.paragraphs)) {
      const list = result.get(paragraph) ?? [];
      list.push({ collection: entry.collection, id: entry.id, title: entry.title });
      result.set(paragraph, list);
    }
  }
  return new Map([...result].sort(([a], [b]) => compareParagraphIds(a, b)));
}
