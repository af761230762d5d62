/**
 * The pages the accessibility specs visit: every URL of the built sitemap and every other
 * page built (404, the offline page), so a new page is checked without anyone listing it;
 * one page of each kind for the slower checks; and for the keyboard, zoom and small-screen
 * checks, those plus every lesson and every plan, the pages whose layout varies most.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtPages } from '../site/dist-pages.ts';

const DIST = 'dist';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
}

/**
 * The path of every URL in the built sitemap (`/chu-de/doan-ket-toan-dan/`): the sitemap
 * holds absolute URLs on the production domain, the tests ask the preview server.
 */
export function sitemapPaths(): string[] {
  const index = `${DIST}/sitemap-index.xml`;
  if (!existsSync(index))
    throw new Error(`Chưa có ${index}: hãy chạy "npm run build" trước kiểm thử trình duyệt.`);
  const sitemaps = locs(readFileSync(index, 'utf8')).map((url) => `${DIST}${new URL(url).pathname}`);
  const paths = sitemaps.flatMap((file) =>
    locs(readFileSync(file, 'utf8')).map((url) => new URL(url).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Every page: the sitemap's and the built pages it leaves out (404, offline page). */
export function allPagePaths(): string[] {
  return [...new Set([...sitemapPaths(), ...builtPages().map((page) => page.path)])].sort();
}

/** The first sitemap page under a section (`/chu-de/` → its first theme), else the section itself. */
function firstUnder(paths: string[], section: string): string {
  return paths.find((path) => path.startsWith(section) && path !== section) ?? section;
}

/** One page of each kind a reader meets: home, an entry of each collection, the plan, lists, search, 404. */
export function samplePaths(): string[] {
  const paths = sitemapPaths();
  return [
    '/',
    ...[
      '/chu-de/',
      '/van-ban/',
      '/cuoc-van-dong/',
      '/dien-hinh/',
      '/don-vi/',
      '/bai-giang/',
      '/ke-hoach/',
    ].map((section) => firstUnder(paths, section)),
    '/thuat-ngu/',
    '/lich/',
    '/ban-do-trich-dan/',
    '/tim-kiem/',
    '/404.html',
  ];
}

/** One page of each kind, and every lesson and every plan (`/bai-giang/x/`, `/ke-hoach/2022/`). */
export function displayPaths(): string[] {
  const everyOne = sitemapPaths().filter((path) => /^\/(?:bai-giang\/[^/]+|ke-hoach\/\d{4})\/$/.test(path));
  return [...new Set([...samplePaths(), ...everyOne])];
}
