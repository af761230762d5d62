/**
 * What a page of the built site weighs on the wire before search is used: its HTML plus
 * every stylesheet and script it loads (scripts' static imports and the workers they
 * start included), each gzip-compressed as a static host would serve it. Pagefind's files (loaded only when
 * searching) and the service worker (not part of the page) are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTags, type StartTag } from '../../src/lib/text/html.ts';

/** Bytes of a page, gzip-compressed. */
export interface PageWeight {
  /** The HTML document, inline styles and scripts included. */
  html: number;
  /** External stylesheets. */
  css: number;
  /** JavaScript: inline scripts (measured alone) plus external scripts, their static imports and workers. */
  js: number;
  /** What the browser downloads: html + css + external scripts. */
  total: number;
  /** The external files counted, as site paths. */
  files: string[];
}

/** Bytes after gzip at zlib's default level (6), what nginx, Apache and most hosts use. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

const NOT_PAGE_WEIGHT = [/^\/pagefind\//, /\/(?:sw|service-worker)\.js$/];

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Whether an element is a script the browser runs, not a data block such as JSON-LD. */
export function isScript({ name, attributes }: StartTag): boolean {
  return name === 'script' && JS_TYPES.has((attributes.get('type') ?? '').toLowerCase());
}

/** Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`. */
function staticImports(code: string): string[] {
  return [
    ...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
  ].map((match) => match[1]!);
}

/** Scripts started as workers: `new Worker(new URL("x", import.meta.url))`, as Vite writes it. */
function workerScripts(code: string): string[] {
  return [...code.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*[`"']([^`"']+)[`"']/g)].map(
    (match) => match[1]!,
  );
}

function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((match) => match[1]!);
}

/**
 * The weight of the page at `path` (`/chu-de/x/`), whose file is `file`, in the site
 * built at `dist`.
 */
export function pageWeight(dist: string, path: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const weight: PageWeight = { html: gzipSize(html), css: 0, js: 0, total: 0, files: [] };
  const seen = new Set<string>();
  let externalBytes = 0;
  const base = path.endsWith('/') ? path : posix.dirname(path) + '/';

  const load = (reference: string, from: string, kind: 'css' | 'js') => {
    if (/^(?:[a-z]+:)?\/\//i.test(reference) || reference.startsWith('data:')) return;
    const sitePath = posix.resolve(from, reference.split(/[?#]/)[0]!);
    if (seen.has(sitePath) || NOT_PAGE_WEIGHT.some((pattern) => pattern.test(sitePath))) return;
    seen.add(sitePath);
    const onDisk = posix.join(dist, sitePath);
    if (!existsSync(onDisk))
      throw new Error(`${path} tải ${sitePath}, nhưng tệp này không có trong bản dựng.`);
    const content = readFileSync(onDisk, 'utf8');
    const bytes = gzipSize(content);
    weight[kind] += bytes;
    externalBytes += bytes;
    weight.files.push(sitePath);
    const dir = posix.dirname(sitePath) + '/';
    if (kind === 'js')
      for (const specifier of [...staticImports(content), ...workerScripts(content)])
        load(specifier, dir, 'js');
    else for (const specifier of cssImports(content)) load(specifier, dir, 'css');
  };

  for (const tag of startTags(html)) {
    const { name, attributes, text } = tag;
    const src = attributes.get('src');
    const href = attributes.get('href');
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (isScript(tag)) {
      if (src) load(src, base, 'js');
      else {
        weight.js += gzipSize(text);
        for (const specifier of staticImports(text)) load(specifier, base, 'js');
      }
    } else if (name === 'link' && href) {
      if (rel.includes('stylesheet')) load(href, base, 'css');
      else if (rel.includes('modulepreload')) load(href, base, 'js');
    } else if (name === 'style') for (const specifier of cssImports(text)) load(specifier, base, 'css');
  }

  weight.total = weight.html + externalBytes;
  return weight;
}
