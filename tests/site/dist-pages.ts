/**
 * The pages of the built site in dist/, for checks that must cover every page (HTML
 * validation, weight budgets): every .html file, with the URL path it is served at.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The folder the site is built into. */
export const DIST = 'dist';

/** A built page: its file and the path a browser asks for. */
export interface BuiltPage {
  /** `dist/chu-de/doan-ket-toan-dan/index.html` */
  file: string;
  /** `/chu-de/doan-ket-toan-dan/` (or `/404.html` for a file not named index.html). */
  path: string;
}

/** Every HTML page in dist/, sorted by path. */
export function builtPages(dist = DIST): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const url = `/${name.split(sep).join('/')}`;
      return {
        file: join(dist, name),
        path: url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
