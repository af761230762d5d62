/**
 * The pages the accessibility specs visit, all read from dist/ (tests/site/dist-pages.ts),
 * never from the sitemap: every page built — 404, the offline page, the trainer's script and
 * the slides included, indexed or not — so a new page is checked without anyone listing it.
 * The slower checks (keyboard, zoom, small screens) visit one page of each kind (each route
 * template, found from the path's shape), and every lesson and every plan, whose layout
 * varies most.
 */
import { existsSync } from 'node:fs';
import { builtPages, DIST } from '../site/dist-pages.ts';

/** Every page built into dist/, as the path a browser asks for (`/404.html`, `/chu-de/`). */
export function allPagePaths(): string[] {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`Chưa có ${DIST}/index.html: hãy chạy "npm run build" trước kiểm thử trình duyệt.`);
  return builtPages().map((page) => page.path);
}

/**
 * The route a path is built from: its second segment is the dynamic one where there is one
 * (`/chu-de/doan-ket-toan-dan/` → `/chu-de/*\/`, `/bai-giang/x/loi-giang/` →
 * `/bai-giang/*\/loi-giang/`); a top-level page is a kind of its own.
 */
export function pageKind(path: string): string {
  const segments = path.split('/');
  if (segments.length > 3) segments[2] = '*';
  return segments.join('/');
}

/** One page of each kind (the first built, by path): home, each list, each entry template, 404… */
export function samplePaths(): string[] {
  const byKind = new Map<string, string>();
  for (const path of allPagePaths()) if (!byKind.has(pageKind(path))) byKind.set(pageKind(path), path);
  return [...byKind.values()];
}

/** One page of each kind, and every lesson and every plan (`/bai-giang/x/`, `/ke-hoach/2022/`). */
export function displayPaths(): string[] {
  const everyOne = allPagePaths().filter((path) => /^\/(?:bai-giang\/[^/]+|ke-hoach\/\d{4})\/$/.test(path));
  return [...new Set([...samplePaths(), ...everyOne])];
}
