/**
 * The web of cross-references between entries: which entry points at which, through
 * which reference field of its schema (read from the registry) (`documents`, `themes`, `levelTasks`…) or through a
 * link in its text. Back-references ("cited by", "examples of this campaign", "lessons
 * on this theme") are read from it, so they are computed, never typed by hand (SPEC §2).
 */
import { REGISTRY, type CollectionName } from '../../schemas/registry.ts';
import { entryFromPath } from '../site.ts';

/** An entry, by collection and id. */
export interface EntryKey {
  collection: CollectionName;
  id: string;
}

/** One reference from an entry to another. */
export interface ReferenceEdge {
  from: EntryKey;
  to: EntryKey;
  /** The front-matter field that holds the reference, or `body` for a link in the text. */
  via: string;
}

/** The id in a reference as written (`01-kl-tw`) or as Astro resolves it (`{ collection, id }`). */
function referenceId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** The entries a text links to, in order of first link: Markdown `](/…)` and HTML `href="/…"`. */
export function linkedEntries(body: string): EntryKey[] {
  const found = new Map<string, EntryKey>();
  for (const match of body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
    const entry = entryFromPath(match[1] ?? match[2]!);
    if (entry) found.set(`${entry.collection}/${entry.id}`, entry);
  }
  return [...found.values()];
}

/**
 * The references an entry makes: one edge per reference field value and per entry its
 * text links to. A reference to itself is left out.
 */
export function referencesOf(from: EntryKey, data: unknown, body = ''): ReferenceEdge[] {
  const edges: ReferenceEdge[] = [];
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  for (const { field, target, list: isList, key } of REGISTRY[from.collection].references) {
    // Lists are what an entry cites; a single reference (the plan every entry belongs to,
    // the document that replaced this one) is shown where it stands, not as related.
    if (!isList) continue;
    const list = record[field];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const value = key === undefined ? item : (item as Record<string, unknown> | null)?.[key];
      const id = referenceId(value);
      if (id !== undefined) edges.push({ from, to: { collection: target, id }, via: field });
    }
  }
  for (const to of linkedEntries(body)) edges.push({ from, to, via: 'body' });
  return edges.filter((edge) => !(edge.to.collection === from.collection && edge.to.id === from.id));
}

/** The key an entry is filed under in a {@link ReferenceIndex}. */
export function entryKey(entry: EntryKey): string {
  return `${entry.collection}/${entry.id}`;
}

/** Every reference, indexed both ways. */
export interface ReferenceIndex {
  /** The references an entry makes. */
  outgoing(entry: EntryKey): ReferenceEdge[];
  /** The references made to an entry: its back-references. */
  incoming(entry: EntryKey): ReferenceEdge[];
}

/** Indexes references by source and by target. */
export function indexReferences(edges: readonly ReferenceEdge[]): ReferenceIndex {
  const bySource = new Map<string, ReferenceEdge[]>();
  const byTarget = new Map<string, ReferenceEdge[]>();
  for (const edge of edges) {
    for (const [map, key] of [
      [bySource, entryKey(edge.from)],
      [byTarget, entryKey(edge.to)],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(edge);
      map.set(key, list);
    }
  }
  return {
    outgoing: (entry) => bySource.get(entryKey(entry)) ?? [],
    incoming: (entry) => byTarget.get(entryKey(entry)) ?? [],
  };
}

/** The entries that refer to `entry` from collection `collection`, each once, in the order met. */
export function referrers(index: ReferenceIndex, entry: EntryKey, collection: CollectionName): string[] {
  const ids = index
    .incoming(entry)
    .filter((edge) => edge.from.collection === collection)
    .map((edge) => edge.from.id);
  return [...new Set(ids)];
}

/**
 * Every entry linked with `entry` in either direction (what it cites and what cites it),
 * each once: the "related entries" of its page.
 */
export function neighbours(index: ReferenceIndex, entry: EntryKey): EntryKey[] {
  const seen = new Map<string, EntryKey>();
  for (const edge of index.outgoing(entry)) seen.set(entryKey(edge.to), edge.to);
  for (const edge of index.incoming(entry)) seen.set(entryKey(edge.from), edge.from);
  return [...seen.values()];
}
