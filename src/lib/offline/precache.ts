/**
 * What the service worker saves, and when (issue 15, "offline that scales"):
 * - on install, only the shell: the home, search and offline pages, the site's own CSS,
 *   JavaScript and fonts, the icons and manifest, and what Pagefind needs to run a query —
 *   a size that does not grow with the number of entries (the shell's pages and code),
 *   apart from Pagefind's word index;
 * - each other page (and image, data file, search result excerpt) as the reader opens it;
 * - everything else only when the reader asks for it on the offline page, after seeing
 *   its size: the "save everything" list (`SAVE_ALL_PATH`), written by the same build pass.
 */

/** Pages saved on install: home, search, and the page shown for an address never saved. */
export const SHELL_PAGES: readonly string[] = ['index.html', 'tim-kiem/index.html', 'ngoai-tuyen/index.html'];

/**
 * Other files saved on install, relative to dist/: the site's code, styles and fonts,
 * icons, the manifest, the search dictionary, and Pagefind's code and word index (not its
 * excerpts, `fragment/`, one per page: those are saved as results are shown).
 */
const SHELL_FILES =
  /^(?:_astro\/.*\.(?:js|css|woff2)|[\w-]+\.css|favicon\.svg|icons\/.*\.png|manifest\.webmanifest|tim-kiem\/tu-dien\.json|pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|[\w.-]+\.pf_meta|(?:index|filter)\/.*))$/;

/**
 * Files never saved for offline reading: the not-found page (it only makes sense from a
 * server), the open data (for other programs), the link-preview images (for other sites'
 * crawlers), Pagefind's ready-made UIs and highlighter, the feeds, sitemaps and server
 * files, and the service worker itself.
 */
const NEVER_SAVED =
  /^(?:404\.html|api\/.*|og\/.*|pagefind\/pagefind-(?:.*ui\..*|highlight\.js)|pagefind\/playground\/.*|sw\.js|_headers|robots\.txt|rss\.xml|sitemap-.*\.xml|ngoai-tuyen\/ca-so-tay\.json)$/;

/**
 * At most this many bytes saved on install, whatever the number of entries (issue 15: the
 * shell within 5 MB at 5,000 entries; SPEC §5).
 */
export const SHELL_BUDGET = 5_000_000;

/** Pagefind's word index and filters: the one part of the shell that grows with the entries. */
const SEARCH_INDEX = /^pagefind\/(?:index|filter)\//;

/**
 * The files saved on install, given every built file's size: the shell files; and when they
 * would take more than SHELL_BUDGET, the same without Pagefind's word index and filters,
 * which are then saved as the reader searches (the service worker's search cache) or with
 * "save everything".
 */
export function shellFiles(sizes: ReadonlyMap<string, number>): Set<string> {
  const shell = [...sizes.keys()].filter(isShellFile);
  const bytes = shell.reduce((sum, file) => sum + sizes.get(file)!, 0);
  return new Set(bytes <= SHELL_BUDGET ? shell : shell.filter((file) => !SEARCH_INDEX.test(file)));
}

/** Files whose names carry a content hash: the URL is the version, no revision needed. */
export const HASHED_FILES = /^(?:_astro|pagefind\/(?:index|fragment|filter))\//;

/** Where the build writes the list of files "save everything" fetches. */
export const SAVE_ALL_PATH = '/ngoai-tuyen/ca-so-tay.json';

/** Caches the service worker fills as the reader goes, by kind (the offline page fills them too). */
export const RUNTIME_CACHES = { pages: 'trang', search: 'pagefind', files: 'tep' } as const;

/** The "save everything" list: URL paths by the cache they go to, and their total bytes. */
export interface SaveAllList {
  bytes: number;
  pages: string[];
  search: string[];
  files: string[];
}

/** True for a file (relative to dist/) the service worker saves on install. */
export function isShellFile(file: string): boolean {
  return SHELL_PAGES.includes(file) || SHELL_FILES.test(file);
}

/** The URL a reader opens for a built file: `van-ban/x/index.html` is `/van-ban/x/`. */
export function fileUrl(file: string): string {
  return `/${file.replace(/(?:^|(?<=\/))index\.html$/, '')}`;
}

/**
 * What "save everything" fetches: every file a reader could open offline that the shell
 * does not already hold, with the sum of their sizes (as stored, before the server's gzip).
 */
export function saveAllList(
  files: ReadonlyMap<string, number>,
  shell: ReadonlySet<string> = shellFiles(files),
): SaveAllList {
  const list: SaveAllList = { bytes: 0, pages: [], search: [], files: [] };
  for (const [file, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (shell.has(file) || NEVER_SAVED.test(file)) continue;
    list.bytes += bytes;
    if (file.endsWith('.html')) list.pages.push(fileUrl(file));
    else if (file.startsWith('pagefind/')) list.search.push(fileUrl(file));
    else list.files.push(fileUrl(file));
  }
  return list;
}

/**
 * Workbox's warnings as build errors, in Vietnamese: a file it would not precache (over its
 * size limit) is a page that cannot be read offline, contrary to what the site promises.
 */
export function precacheProblems(warnings: readonly string[]): string[] {
  return warnings.map((warning) => {
    const file = /^(\S+) is [\d.]+ \w+, and won't be precached/.exec(warning)?.[1];
    return file
      ? `${file}: tệp quá lớn nên service worker không lưu được để đọc ngoại tuyến. Hãy rút gọn hoặc chia nội dung của trang này thành nhiều mục.`
      : `service worker: ${warning} (cảnh báo của Workbox; trang có thể không đọc ngoại tuyến được).`;
  });
}
