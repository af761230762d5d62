/**
 * Queries over the content collections that several pages need: every entry with its
 * display title, URL and provenance. The only layer besides pages and components that
 * imports `astro:content`; what it computes is done by pure functions in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ProvenanceEntry } from '../lib/plan/back-references.ts';
import {
  indexReferences,
  neighbours,
  referencesOf,
  entryKey,
  type EntryKey,
  type ReferenceIndex,
} from '../lib/references/graph.ts';
import { collectionRank, ENTRY_COLLECTIONS, entryHref } from '../lib/site.ts';
import { formatDateVi } from '../lib/format/date.ts';

/** An entry of any collection but plans, reduced to what lists and links need. */
export interface EntrySummary extends ProvenanceEntry {
  href: string;
  /** One line under the title: a document's date and issuer, a campaign's kind… */
  meta?: string | undefined;
  /** A fact readers would expect on that line but that is not verified (shown as such). */
  unverified?: string | undefined;
  /** Sort position within its collection (a theme's order in the plan), else by title. */
  order?: number | undefined;
}

type Entry = CollectionEntry<(typeof ENTRY_COLLECTIONS)[number]>;

/** The title an entry is listed under. */
export function entryTitle(entry: Entry): string {
  switch (entry.collection) {
    case 'themes':
      return entry.data.shortTitle;
    case 'documents':
      return entry.data.symbol ? `${entry.data.kind} ${entry.data.symbol}` : entry.data.title;
    case 'campaigns':
      return entry.data.name;
    case 'examples':
    case 'lessons':
    case 'pages':
      return entry.data.title;
    case 'organizations':
      return entry.data.name;
    case 'events':
      return entry.data.name;
    case 'glossary':
      return entry.data.term;
  }
}

/** The line shown under an entry's title in lists of related entries. */
function entryMeta(entry: Entry): Pick<EntrySummary, 'meta' | 'unverified' | 'order'> {
  switch (entry.collection) {
    case 'themes':
      return { meta: `Mục II.${entry.data.order} của kế hoạch`, order: entry.data.order };
    case 'documents':
      return entry.data.issued
        ? { meta: `ngày ${formatDateVi(entry.data.issued)}, ${entry.data.issuerGroup}` }
        : { meta: entry.data.issuerGroup, unverified: 'ngày ban hành' };
    case 'campaigns':
      return { meta: entry.data.kind };
    case 'examples':
      return { meta: `${entry.data.place} · ${entry.data.year}` };
    case 'lessons':
      return { meta: `${entry.data.duration} phút · ${entry.data.audience}` };
    case 'events':
      return { meta: formatDateVi(entry.data.date) };
    case 'organizations':
      return { order: entry.data.order };
    case 'glossary':
      return { meta: entry.data.expansion };
    case 'pages':
      return {};
  }
}

function paragraphsOf(entry: Entry): string[] {
  const data = entry.data;
  const fromQuotes = 'planQuotes' in data ? data.planQuotes.map((quote) => quote.paragraph) : [];
  const fromTasks = 'responsibilities' in data ? data.responsibilities.map((task) => task.paragraph) : [];
  return [...data.sources, ...fromQuotes, ...fromTasks];
}

let rawCache: Promise<Entry[]> | undefined;

function everyEntry(): Promise<Entry[]> {
  rawCache ??= Promise.all(ENTRY_COLLECTIONS.map((name) => getCollection(name))).then((lists) =>
    lists.flat(),
  );
  return rawCache;
}

let cache: Promise<EntrySummary[]> | undefined;

/** Every entry of every collection but plans, with its title, URL and paragraphs. */
export function allEntries(): Promise<EntrySummary[]> {
  cache ??= everyEntry().then((entries) =>
    entries.map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      title: entryTitle(entry),
      href: entryHref(entry.collection, entry.id),
      plan: entry.data.plan?.id ?? '',
      paragraphs: paragraphsOf(entry),
      ...entryMeta(entry),
    })),
  );
  return cache;
}

let referenceCache: Promise<ReferenceIndex> | undefined;

/** Every cross-reference between entries (front-matter references and links in the text), both ways. */
export function referenceIndex(): Promise<ReferenceIndex> {
  referenceCache ??= everyEntry().then((entries) =>
    indexReferences(
      entries.flatMap((entry) =>
        referencesOf({ collection: entry.collection, id: entry.id }, entry.data, entry.body ?? ''),
      ),
    ),
  );
  return referenceCache;
}

/** Sorts summaries the way lists show them: by collection, then plan order or title. */
export function sortSummaries(entries: readonly EntrySummary[]): EntrySummary[] {
  return [...entries].sort(
    (a, b) =>
      collectionRank(a.collection) - collectionRank(b.collection) ||
      (a.order ?? 0) - (b.order ?? 0) ||
      a.title.localeCompare(b.title, 'vi'),
  );
}

/** Summaries of the given entries, each once, sorted, skipping any that does not exist. */
export async function summariesOf(keys: readonly EntryKey[]): Promise<EntrySummary[]> {
  const byKey = new Map((await allEntries()).map((entry) => [entryKey(entry), entry]));
  return sortSummaries([...new Set(keys.map(entryKey))].flatMap((key) => byKey.get(key) ?? []));
}

/** The entries that cite an entry (its back-references), sorted. */
export async function citingEntries(entry: EntryKey): Promise<EntrySummary[]> {
  return summariesOf((await referenceIndex()).incoming(entry).map((edge) => edge.from));
}

/** The entries linked with an entry either way (what it cites, what cites it), sorted. */
export async function relatedEntries(entry: EntryKey): Promise<EntrySummary[]> {
  return summariesOf(neighbours(await referenceIndex(), entry));
}

/** The plans, newest first. */
export async function plansNewestFirst(): Promise<CollectionEntry<'plans'>[]> {
  return (await getCollection('plans')).sort((a, b) => b.data.year - a.data.year);
}
