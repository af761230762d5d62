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
import { collectionForm, type FormField } from './fields.ts';

/** The facts about one collection that are written by hand. */
export interface CollectionFacts {
  /** Its folder under `content/`. */
  folder: string;
  /** The one kind of file it loads: pure data in YAML, entries with a body in MDX. */
  extension: '.mdx' | '.yaml';
  /** What one entry is called, lower case (`văn bản`), e.g. in search results. */
  singular: string;
  /** What several entries are called, as a group heading among related entries. */
  plural: string;
  /** The heading of the collection's index page. */
  title: string;
  /** The URL of the collection's index page. */
  path: string;
  /** Whether its entries live together on the index page, as anchors (`/thuat-ngu/#mttq`). */
  anchored: boolean;
}

/** The collections, by the name Astro and the checker know them, in the order of SPEC §2. */
const FACTS = {
  plans: {
    folder: 'plans',
    extension: '.yaml',
    singular: 'kế hoạch',
    plural: 'Kế hoạch',
    title: 'Kế hoạch',
    path: '/ke-hoach/',
    anchored: false,
  },
  themes: {
    folder: 'themes',
    extension: '.mdx',
    singular: 'chủ đề',
    plural: 'Chủ đề',
    title: 'Chủ đề tuyên truyền',
    path: '/chu-de/',
    anchored: false,
  },
  documents: {
    folder: 'documents',
    extension: '.mdx',
    singular: 'văn bản',
    plural: 'Văn bản',
    title: 'Văn bản',
    path: '/van-ban/',
    anchored: false,
  },
  campaigns: {
    folder: 'campaigns',
    extension: '.mdx',
    singular: 'cuộc vận động',
    plural: 'Cuộc vận động, phong trào',
    title: 'Cuộc vận động, phong trào',
    path: '/cuoc-van-dong/',
    anchored: false,
  },
  examples: {
    folder: 'examples',
    extension: '.mdx',
    singular: 'điển hình',
    plural: 'Mô hình, điển hình',
    title: 'Mô hình, điển hình',
    path: '/dien-hinh/',
    anchored: false,
  },
  organizations: {
    folder: 'organizations',
    extension: '.mdx',
    singular: 'đơn vị',
    plural: 'Đơn vị',
    title: 'Đơn vị và trách nhiệm',
    path: '/don-vi/',
    anchored: false,
  },
  glossary: {
    folder: 'glossary',
    extension: '.yaml',
    singular: 'thuật ngữ',
    plural: 'Thuật ngữ',
    title: 'Thuật ngữ và chữ viết tắt',
    path: '/thuat-ngu/',
    anchored: true,
  },
  lessons: {
    folder: 'lessons',
    extension: '.mdx',
    singular: 'bài giảng',
    plural: 'Bài giảng',
    title: 'Bài giảng',
    path: '/bai-giang/',
    anchored: false,
  },
  events: {
    folder: 'events',
    extension: '.yaml',
    singular: 'sự kiện',
    plural: 'Ngày kỷ niệm, sự kiện',
    title: 'Lịch các ngày kỷ niệm',
    path: '/lich/',
    anchored: true,
  },
  changes: {
    folder: 'changes',
    extension: '.yaml',
    singular: 'thay đổi',
    plural: 'Thay đổi từ năm 2022',
    title: 'Những thay đổi từ năm 2022',
    path: '/thay-doi/',
    anchored: true,
  },
  pages: {
    folder: 'pages',
    extension: '.mdx',
    singular: 'trang giải thích',
    plural: 'Trang giải thích',
    title: 'Trang giải thích',
    path: '/',
    anchored: false,
  },
} as const satisfies Record<string, CollectionFacts>;

/** One of the collection names. */
export type CollectionName = keyof typeof FACTS;

/** Every collection name, in the order of SPEC §2. */
export const COLLECTIONS = Object.keys(FACTS) as readonly CollectionName[];

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
  /** Its fields that reference other entries, derived from its schema. */
  references: readonly ReferenceField[];
}

/** The registry: every collection's facts, by name. */
export const REGISTRY = Object.fromEntries(
  COLLECTIONS.map((name): [CollectionName, CollectionInfo] => [
    name,
    { name, ...FACTS[name], references: referenceFieldsOf(collectionForm(name)) },
  ]),
) as Readonly<Record<CollectionName, Readonly<CollectionInfo>>>;

/** The one kind of file each collection loads, by name. */
export function extensionOf(collection: CollectionName): CollectionFacts['extension'] {
  return REGISTRY[collection].extension;
}

/** Whether a name (a folder, a URL parameter) is a collection's. */
export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(FACTS, name);
}
