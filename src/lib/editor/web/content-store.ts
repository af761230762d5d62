/**
 * The working copy's content as the web editor sees it: collections, entries, one entry's
 * file, and saving, creating and deleting entries. Every write is checked first by the
 * content checker (src/lib/content-check/) on a copy of the content with the new file in
 * place, so the editor refuses exactly what `npm run check:content` would refuse.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { checkContent } from '../../content-check/check.ts';
import { loadContent } from '../../content-check/load.ts';
import type { ContentProblem } from '../../content-check/problem.ts';
import { planParagraphs, type PlanParagraph } from '../../plan/plan-paragraphs.ts';
import { indexReferences, referencesOf, type EntryKey } from '../../references/graph.ts';
import { extensionOf, COLLECTIONS, REGISTRY, type CollectionName } from '../../../schemas/registry.ts';
import type { Plan } from '../../../schemas/plan.ts';
import { collectionForm, type FormField } from '../../../schemas/fields.ts';
import { readEntry, writeEntry, type EntryContent } from './entry-file.ts';

/**
 * A value as the form's fields type it: a plan is named by its year, and a list can only
 * send the year as text, so a reference to a plan that reads as a year is written as the
 * number every file has (`plan: 2022`, not `plan: '2022'`).
 */
export function typedValue(field: FormField, value: unknown): unknown {
  if (field.kind === 'reference' && field.collection === 'plans' && typeof value === 'string')
    return /^\d{4}$/.test(value) ? Number(value) : value;
  if (field.kind === 'list' && Array.isArray(value))
    return value.map((item) => typedValue(field.item!, item));
  if (field.kind === 'group' && typeof value === 'object' && value !== null && !Array.isArray(value))
    return typedData(field.fields!, value as Record<string, unknown>);
  return value;
}

function typedData(fields: readonly FormField[], data: Record<string, unknown>): Record<string, unknown> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const field = byKey.get(key);
      return [key, field ? typedValue(field, value) : value];
    }),
  );
}

/** A collection's name in the editor's menu and messages: its group label in the registry. */
export function collectionLabel(collection: CollectionName): string {
  return REGISTRY[collection].plural;
}

/** Plans come from `npm run import-plan`: the editor shows them, never writes them. */
export const READ_ONLY: ReadonlySet<CollectionName> = new Set(['plans']);

/** An entry in a list: its id (file name) and the name editors know it by. */
export interface EntrySummary {
  id: string;
  title: string;
}

/** The result of a write: done, or refused with the checker's problems. */
export type WriteResult = { ok: true } | { ok: false; problems: ContentProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a name is one of the collections. */
export function isCollection(name: string): name is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(name);
}

function titleOf(id: string, data: unknown): string {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const name = ['title', 'name', 'term', 'shortTitle']
    .map((key) => record[key])
    .find((v) => typeof v === 'string');
  return typeof name === 'string' ? name : id;
}

/** The content folder at `root`, read and written by the web editor. */
export class ContentStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The path of an entry's file. */
  file(collection: CollectionName, id: string): string {
    if (!SLUG.test(id) && !(collection === 'plans' && /^\d{4}$/.test(id)))
      throw new Error(`mã "${id}" không hợp lệ: chỉ chữ thường không dấu, số và dấu gạch nối.`);
    return join(this.root, collection, `${id}${extensionOf(collection)}`);
  }

  /** Every entry of every collection, as the checker reads them. */
  private entries() {
    return loadContent([this.root]).entries;
  }

  /** The entries of a collection, in file order. */
  list(collection: CollectionName): EntrySummary[] {
    return this.entries()
      .filter((entry) => entry.collection === collection)
      .map((entry) => ({ id: entry.id, title: titleOf(entry.id, entry.data) }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /** What pickers offer: every entry by collection, and each plan's paragraphs with their text. */
  choices(): { entries: Record<string, EntrySummary[]>; paragraphs: Record<string, PlanParagraph[]> } {
    const entries: Record<string, EntrySummary[]> = {};
    const paragraphs: Record<string, PlanParagraph[]> = {};
    for (const entry of this.entries()) {
      (entries[entry.collection] ??= []).push({ id: entry.id, title: titleOf(entry.id, entry.data) });
      if (entry.collection === 'plans') {
        try {
          paragraphs[entry.id] = planParagraphs(entry.data as Plan);
        } catch {
          paragraphs[entry.id] = [];
        }
      }
    }
    return { entries, paragraphs };
  }

  /** An entry's file text and what the form shows, or `undefined` when there is no such file. */
  read(collection: CollectionName, id: string): (EntryContent & { source: string }) | undefined {
    const path = this.file(collection, id);
    if (!existsSync(path)) return undefined;
    const source = readFileSync(path, 'utf8');
    return { source, ...readEntry(source, extensionOf(collection)) };
  }

  /** The file text an edit would give, without writing it. */
  async render(
    collection: CollectionName,
    id: string,
    content: EntryContent,
    isNew: boolean,
  ): Promise<string> {
    const original = isNew ? undefined : this.read(collection, id)?.source;
    const data = typedData(collectionForm(collection), content.data);
    return writeEntry(original, extensionOf(collection), { ...content, data });
  }

  /**
   * A file as messages name it: from the folder that holds content/ (`content/examples/x.mdx`),
   * as in a working copy, wherever the editor was started from.
   */
  private shown(path: string): string {
    return relative(dirname(this.root), path);
  }

  /** The checker's problems with one file if it held `text`, the rest of the content as it is. */
  check(collection: CollectionName, id: string, text: string): ContentProblem[] {
    const copy = mkdtempSync(join(tmpdir(), 'so-tay-editor-'));
    try {
      cpSync(this.root, copy, { recursive: true });
      const candidate = join(copy, collection, `${id}${extensionOf(collection)}`);
      writeFileSync(candidate, text);
      const shown = this.shown(this.file(collection, id));
      return checkContent([copy])
        .filter((problem) => resolve(problem.file) === candidate)
        .map((problem) => ({ ...problem, file: shown }));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }

  /** Saves an entry (a new one when `isNew`) if the checker finds nothing wrong with it. */
  async save(
    collection: CollectionName,
    id: string,
    content: EntryContent,
    isNew: boolean,
  ): Promise<WriteResult> {
    if (READ_ONLY.has(collection))
      throw new Error(`${collectionLabel(collection)}: chỉ xem, không sửa ở đây.`);
    const path = this.file(collection, id);
    if (isNew && existsSync(path))
      return {
        ok: false,
        problems: [{ file: this.shown(path), field: '', message: `đã có mục "${id}". Hãy chọn mã khác.` }],
      };
    if (!isNew && !existsSync(path)) throw new Error(`không có mục "${id}".`);
    const text = await this.render(collection, id, content, isNew);
    const problems = this.check(collection, id, text);
    if (problems.length > 0) return { ok: false, problems };
    if (isNew || text !== readFileSync(path, 'utf8')) writeFileSync(path, text);
    return { ok: true };
  }

  /** The entries that refer to an entry: what deleting it would leave dangling. */
  referrers(collection: CollectionName, id: string): (EntryKey & { title: string; via: string })[] {
    const entries = this.entries();
    const index = indexReferences(
      entries.flatMap((entry) =>
        referencesOf({ collection: entry.collection, id: entry.id }, entry.data, entry.body),
      ),
    );
    const titles = new Map(
      entries.map((entry) => [`${entry.collection}/${entry.id}`, titleOf(entry.id, entry.data)]),
    );
    const seen = new Set<string>();
    return index
      .incoming({ collection, id })
      .filter(
        (edge) =>
          !seen.has(`${edge.from.collection}/${edge.from.id}`) &&
          seen.add(`${edge.from.collection}/${edge.from.id}`),
      )
      .map((edge) => ({
        ...edge.from,
        via: edge.via,
        title: titles.get(`${edge.from.collection}/${edge.from.id}`) ?? edge.from.id,
      }));
  }

  /** Deletes an entry's file. */
  delete(collection: CollectionName, id: string): void {
    if (READ_ONLY.has(collection))
      throw new Error(`${collectionLabel(collection)}: chỉ xem, không xoá ở đây.`);
    unlinkSync(this.file(collection, id));
  }
}
