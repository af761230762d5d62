/**
 * The site's map: its name, the URL of each collection and entry (SPEC §2), the
 * Vietnamese name of each kind of entry, and the main navigation.
 */
import {
  COLLECTION_FACTS,
  COLLECTION_TITLES,
  COLLECTIONS,
  type CollectionFacts,
  type CollectionName,
} from '../schemas/collections.ts';

/** One fact of every collection, by name. */
function fromRegistry<K extends 'path' | 'singular'>(fact: K): Record<CollectionName, CollectionFacts[K]> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, COLLECTION_FACTS[name][fact]])) as Record<
    CollectionName,
    CollectionFacts[K]
  >;
}

/** The site's name, as shown in the header and titles. */
export const SITE_NAME = 'Sổ tay Đại đoàn kết';

/** One line saying what the site is, for the home page and meta descriptions. */
export const SITE_TAGLINE =
  'Sổ tay tra cứu công tác tuyên truyền, vận động xây dựng khối đại đoàn kết toàn dân của Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng.';

/**
 * What the handbook is not, on every page (SPEC §1): a reference that sums up the 2022
 * plan and the public sources it cites, not an official document.
 */
export const REFERENCE_NOTICE =
  'Sổ tay Đại đoàn kết là tài liệu tham khảo, tóm lược kế hoạch năm 2022 và các nguồn công khai được dẫn; đây không phải văn bản chính thức của Mặt trận Tổ quốc Việt Nam hay của cơ quan nào — khi cần trích dẫn, hãy dùng văn bản gốc.';

/** The URL of each collection's index page (from the registry). */
export const COLLECTION_PATHS = fromRegistry('path');

/**
 * First path segments the site uses for its own sections: a stand-alone page
 * (`/<slug>/`) cannot take one of these names.
 */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...Object.values(COLLECTION_PATHS)
    .map((path) => path.split('/')[1] ?? '')
    .filter(Boolean),
  'api',
  'ban-do-trich-dan',
  'du-lieu-mo',
  'gioi-thieu',
  'huong-dan-bien-tap',
  'icons',
  'ngoai-tuyen',
  'og',
  'tim-kiem',
];

/**
 * The collections of entries, in the order readers meet them: where entries of several
 * kinds are listed together, themes come first. Not plans, and not changes: a change is
 * read on `/thay-doi/` and shown on the entries it affects as a notice, not listed
 * among their related entries.
 */
export const ENTRY_COLLECTIONS = [
  'themes',
  'documents',
  'campaigns',
  'examples',
  'lessons',
  'organizations',
  'events',
  'glossary',
  'pages',
] as const satisfies readonly CollectionName[];

/** The rank of a collection in {@link ENTRY_COLLECTIONS}, for sorting (plans last). */
export function collectionRank(collection: CollectionName): number {
  const rank = (ENTRY_COLLECTIONS as readonly CollectionName[]).indexOf(collection);
  return rank === -1 ? ENTRY_COLLECTIONS.length : rank;
}

/** What one entry of each collection is called (singular, lower case), e.g. in search results. */
export const ENTRY_KIND_LABELS = fromRegistry('singular');

/** The heading of each collection's index page. */
export { COLLECTION_TITLES };

/** Collections whose entries live on one page each, as anchors. */
function isAnchored(collection: CollectionName): boolean {
  return COLLECTION_FACTS[collection].anchored;
}

/**
 * The URL of an entry. Glossary terms, events and changes live on one page each, as
 * anchors; every other entry has a page of its own (stand-alone pages at `/<slug>/`).
 */
export function entryHref(collection: CollectionName, id: string): string {
  if (isAnchored(collection)) return `${COLLECTION_PATHS[collection]}#${id}`;
  return `${COLLECTION_PATHS[collection]}${id}/`;
}

/**
 * The entry a site path leads to (`/van-ban/01-kl-tw/` → documents `01-kl-tw`,
 * `/thuat-ngu/#mttq` → glossary `mttq`), or `undefined` for any other path.
 */
export function entryFromPath(path: string): { collection: CollectionName; id: string } | undefined {
  const [pathname = '', hash = ''] = path.split('#');
  for (const [collection, base] of Object.entries(COLLECTION_PATHS) as [CollectionName, string][]) {
    if (collection === 'plans') continue;
    if (isAnchored(collection)) {
      if (pathname === base && hash) return { collection, id: hash };
      continue;
    }
    if (collection === 'pages') {
      const page = /^\/([a-z0-9-]+)\/?$/.exec(pathname);
      if (page && !RESERVED_SEGMENTS.includes(page[1]!)) return { collection, id: page[1]! };
      continue;
    }
    const match = pathname.startsWith(base) ? /^([a-z0-9-]+)\/?$/.exec(pathname.slice(base.length)) : null;
    if (match) return { collection, id: match[1]! };
  }
  return undefined;
}

/** A link of the main navigation. */
export interface NavLink {
  href: string;
  label: string;
}

/** The main navigation, in the order readers look for things. */
export function mainNavigation(latestPlanYear: number): NavLink[] {
  return [
    { href: `/ke-hoach/${latestPlanYear}/`, label: `Kế hoạch ${latestPlanYear}` },
    { href: COLLECTION_PATHS.themes, label: 'Chủ đề' },
    { href: COLLECTION_PATHS.documents, label: 'Văn bản' },
    { href: COLLECTION_PATHS.campaigns, label: 'Cuộc vận động' },
    { href: COLLECTION_PATHS.examples, label: 'Điển hình' },
    { href: COLLECTION_PATHS.organizations, label: 'Đơn vị' },
    { href: COLLECTION_PATHS.lessons, label: 'Bài giảng' },
    { href: COLLECTION_PATHS.glossary, label: 'Thuật ngữ' },
    { href: COLLECTION_PATHS.events, label: 'Lịch' },
  ];
}
