/**
 * What the service worker saves when it installs (globs under dist/): every page, the
 * assets they use, the app icons, and all Pagefind needs to answer a query and show its
 * results, so that a reader who visited once can open any page and search with no
 * network. Pagefind's other files (its ready-made UIs, the highlighter) are cached as
 * pages use them.
 */

/**
 * Files to precache, relative to dist/: pages and everything they load (data files and
 * calendar files included), then Pagefind's index.
 */
export const PRECACHE_GLOBS: readonly string[] = [
  '**/*.{html,js,css,json,svg,png,webp,avif,jpg,woff2,webmanifest,ics}',
  'pagefind/**/*.{json,pf_meta,pagefind,pf_index,pf_fragment,pf_filter}',
];

/**
 * Left out: the not-found page (it only makes sense from a server), the open data (for
 * other programs), the link-preview images (for other sites' crawlers), Pagefind's
 * ready-made UIs and highlighter (cached if a page uses them).
 */
export const PRECACHE_IGNORES: readonly string[] = [
  '404.html',
  'api/**',
  'og/**',
  'pagefind/pagefind-*ui.*',
  'pagefind/pagefind-highlight.js',
];

/** Files whose names carry a content hash: the URL is the version, no revision needed. */
export const HASHED_FILES = /^(?:_astro|pagefind\/(?:index|fragment|filter))\//;

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
