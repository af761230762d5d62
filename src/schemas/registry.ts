/**
 * The one table of facts about each collection (SPEC §2): its folder under `content/`,
 * the kind of file it loads, what readers call its entries, where it lives on the site,
 * and — read from its zod schema, never typed by hand — the fields that reference other
 * collections. Every list that needs one of these facts reads it here; a unit test ties
 * the table to `src/content.config.ts` and to the schemas.
 *
 * A new kind of entry is one row here, one schema in `index.ts`, and one line in
 * `content.config.ts`; nothing else lists collections.
 */
import {
  COLLECTION_FACTS,
  COLLECTION_TITLES,
  COLLECTIONS,
  type CollectionFacts,
  type CollectionName,
} from './collections.ts';
import { collectionForm, type FormField } from './fields.ts';

/** How each collection is stored (its folder under `content/` is its name) and its group label. */
const STORAGE = {
  plans: { extension: '.yaml', plural: 'Kế hoạch' },
  themes: { extension: '.mdx', plural: 'Chủ đề' },
  documents: { extension: '.mdx', plural: 'Văn bản' },
  campaigns: { extension: '.mdx', plural: 'Cuộc vận động, phong trào' },
  examples: { extension: '.mdx', plural: 'Mô hình, điển hình' },
  organizations: { extension: '.mdx', plural: 'Đơn vị' },
  glossary: { extension: '.yaml', plural: 'Thuật ngữ' },
  lessons: { extension: '.mdx', plural: 'Bài giảng' },
  events: { extension: '.yaml', plural: 'Ngày kỷ niệm, sự kiện' },
  changes: { extension: '.yaml', plural: 'Thay đổi từ năm 2022' },
  pages: { extension: '.mdx', plural: 'Trang giải thích' },
} as const satisfies Record<CollectionName, { extension: '.mdx' | '.yaml'; plural: string }>;

/** The one kind of file each collection loads, by name. */
export function extensionOf(collection: CollectionName): '.mdx' | '.yaml' {
  return STORAGE[collection].extension;
}

export { COLLECTIONS, isCollection, type CollectionFacts, type CollectionName } from './collections.ts';

/** Where a reference field is and what it points at. */
export interface ReferenceField {
  /** The front-matter field (`documents`, `levelTasks`). */
  field: string;
  /** The collection it points into. */
  target: CollectionName;
  /** Whether the field holds a list (of references or of groups) rather than one value. */
  list: boolean;
  /** For a group, or a list of groups: the key that holds the reference (`organization`). */
  key?: string;
}

/** The references among a group's fields (`{ organization, tasks }`), by key. */
function referenceKeys(fields: readonly FormField[] = []): { key: string; target: CollectionName }[] {
  return fields.flatMap(({ key, kind, collection }) =>
    kind === 'reference' && collection ? [{ key, target: collection }] : [],
  );
}

/** The reference fields among a collection's top-level fields, read from its editor form. */
function referenceFieldsOf(form: readonly FormField[]): ReferenceField[] {
  return form.flatMap(({ key: field, kind, collection, item, fields }): ReferenceField[] => {
    if (kind === 'reference' && collection) return [{ field, target: collection, list: false }];
    if (kind === 'group')
      return referenceKeys(fields).map(({ key, target }) => ({ field, target, list: false, key }));
    if (kind !== 'list' || !item) return [];
    if (item.kind === 'reference' && item.collection) return [{ field, target: item.collection, list: true }];
    return referenceKeys(item.fields).map(({ key, target }) => ({ field, target, list: true, key }));
  });
}

/** Everything the site, the checker and the editor know about one collection. */
export interface CollectionInfo extends CollectionFacts {
  name: CollectionName;
  /** Its folder under `content/`. */
  folder: string;
  /** The one kind of file it loads: pure data in YAML, entries with a body in MDX. */
  extension: '.mdx' | '.yaml';
  /** What several entries are called, as a group heading among related entries. */
  plural: string;
  /** The heading of the collection's index page. */
  title: string;
  /** Its fields that reference other entries, derived from its schema. */
  references: readonly ReferenceField[];
}

/** The registry: every collection's facts, by name. */
export const REGISTRY = Object.fromEntries(
  COLLECTIONS.map((name): [CollectionName, CollectionInfo] => [
    name,
    {
      name,
      folder: name,
      ...COLLECTION_FACTS[name],
      ...STORAGE[name],
      title: COLLECTION_TITLES[name],
      references: referenceFieldsOf(collectionForm(name)),
    },
  ]),
) as Readonly<Record<CollectionName, Readonly<CollectionInfo>>>;
