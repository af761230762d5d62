/**
 * Queries over the content collections that several pages need: every entry with its
 * display title, URL and provenance. The only layer besides pages and components that
 * imports `astro:content`; what it computes is done by pure functions in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ProvenanceEntry } from '../lib/plan/back-references.ts';
import { entryHref } from '../lib/site.ts';
import type { CollectionName } from '../schemas/common.ts';

/** An entry of any collection but plans, reduced to what lists and links need. */
export interface EntrySummary extends ProvenanceEntry {
  href: string;
}

/** The title an entry is listed under. */
export function entryTitle(entry: CollectionEntry<Exclude<CollectionName, 'plans'>>): string {
  switch (entry.collection) {
    case 'themes':
      return entry.data.shortTitle;
    case 'documents':
      return entry.data.symbol ? `${entry.data.kind} ${entry.data.symbol}` : entry.data.title;
    case 'campaigns':
      return entry.data.name;
    case 'examples':
    case 'lessons':
      return entry.data.title;
    case 'organizations':
      return entry.data.name;
    case 'events':
      return entry.data.name;
    case 'glossary':
      return entry.data.term;
  }
}

function paragraphsOf(entry: CollectionEntry<Exclude<CollectionName, 'plans'>>): string[] {
  const data = entry.data;
  const fromQuotes = 'planQuotes' in data ? data.planQuotes.map((quote) => quote.paragraph) : [];
  const fromTasks = 'responsibilities' in data ? data.responsibilities.map((task) => task.paragraph) : [];
  return [...data.sources, ...fromQuotes, ...fromTasks];
}

let cache: Promise<EntrySummary[]> | undefined;

/** Every entry of every collection but plans, with its title, URL and paragraphs. */
export function allEntries(): Promise<EntrySummary[]> {
  cache ??= (async () => {
    const collections = [
      'themes',
      'documents',
      'campaigns',
      'examples',
      'organizations',
      'lessons',
      'events',
      'glossary',
    ] as const;
    const lists = await Promise.all(collections.map((name) => getCollection(name)));
    return lists.flat().map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      title: entryTitle(entry),
      href: entryHref(entry.collection, entry.id),
      plan: entry.data.plan?.id ?? '',
      paragraphs: paragraphsOf(entry),
    }));
  })();
  return cache;
}

/** The plans, newest first. */
export async function plansNewestFirst(): Promise<CollectionEntry<'plans'>[]> {
  return (await getCollection('plans')).sort((a, b) => b.data.year - a.data.year);
}
