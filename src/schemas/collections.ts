/**
 * The site map half of the collection registry (src/schemas/registry.ts): what readers
 * call each collection's entries and where they live. It imports nothing and holds only
 * what pages and search need, because site.ts ships it to readers' browsers (the search
 * bundle has a weight budget); files and reference fields are in registry.ts.
 */
/** What readers see of one collection. */
export interface CollectionFacts {
  /** What one entry is called, lower case (`văn bản`), e.g. in search results. */
  singular: string;
  /** The URL of the collection's index page. */
  path: string;
  /** Whether its entries live together on the index page, as anchors (`/thuat-ngu/#mttq`). */
  anchored: boolean;
}

/** The collections, by the name Astro and the checker know them, in the order of SPEC §2. */
export const COLLECTION_FACTS = {
  plans: {
    singular: 'kế hoạch',
    path: '/ke-hoach/',
    anchored: false,
  },
  themes: {
    singular: 'chủ đề',
    path: '/chu-de/',
    anchored: false,
  },
  documents: {
    singular: 'văn bản',
    path: '/van-ban/',
    anchored: false,
  },
  campaigns: {
    singular: 'cuộc vận động',
    path: '/cuoc-van-dong/',
    anchored: false,
  },
  examples: {
    singular: 'điển hình',
    path: '/dien-hinh/',
    anchored: false,
  },
  organizations: {
    singular: 'đơn vị',
    path: '/don-vi/',
    anchored: false,
  },
  glossary: {
    singular: 'thuật ngữ',
    path: '/thuat-ngu/',
    anchored: true,
  },
  lessons: {
    singular: 'bài giảng',
    path: '/bai-giang/',
    anchored: false,
  },
  events: {
    singular: 'sự kiện',
    path: '/lich/',
    anchored: true,
  },
  changes: {
    singular: 'thay đổi',
    path: '/thay-doi/',
    anchored: true,
  },
  pages: {
    singular: 'trang giải thích',
    path: '/',
    anchored: false,
  },
} as const satisfies Record<string, CollectionFacts>;

/** One of the collection names. */
export type CollectionName = keyof typeof COLLECTION_FACTS;

/** Every collection name, in the order of SPEC §2. */
export const COLLECTIONS = Object.keys(COLLECTION_FACTS) as readonly CollectionName[];

/** Whether a name (a folder, a URL parameter) is a collection's. */
export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTION_FACTS, name);
}

/**
 * The heading of each collection's index page. A table of its own, not a field of
 * {@link COLLECTION_FACTS}, so that bundles which never show it (search) leave it out.
 */
export const COLLECTION_TITLES: Record<CollectionName, string> = {
  plans: 'Kế hoạch',
  themes: 'Chủ đề tuyên truyền',
  documents: 'Văn bản',
  campaigns: 'Cuộc vận động, phong trào',
  examples: 'Mô hình, điển hình',
  organizations: 'Đơn vị và trách nhiệm',
  glossary: 'Thuật ngữ và chữ viết tắt',
  lessons: 'Bài giảng',
  events: 'Lịch các ngày kỷ niệm',
  changes: 'Những thay đổi từ năm 2022',
  pages: 'Trang giải thích',
};
