/**
 * The link checker (SPEC §6: broken internal links and anchors fail the tests). Reads
 * every HTML page of a built site and checks that each internal link — `href`, `src`
 * and form `action`, relative or from the root — leads to a file that exists and, when
 * it names an `#anchor` on an HTML page, to an element with that id. Links to other
 * origins are not checked: the site must work without a network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { startTags } from '../text/html.ts';

/** A broken link: where it is, what it says, and what is wrong with it. */
export interface LinkProblem {
  /** The page the link is on, as a site path (`/van-ban/01-kl-tw/`). */
  page: string;
  href: string;
  problem: string;
}

/** What one run of the checker found. */
export interface LinkReport {
  pages: number;
  /** How many internal links were checked. */
  links: number;
  problems: LinkProblem[];
}

/** Attributes that hold a URL the reader's browser will follow or fetch. */
const URL_ATTRIBUTES = ['href', 'src', 'action'] as const;

/** Every HTML file under a folder, as paths relative to it with forward slashes. */
function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlFiles(root, path);
      return name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    });
}

/** The site path a built file is served at: `van-ban/index.html` → `/van-ban/`. */
export function pathOfFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a site path is served from (relative to the root), or why there is none. */
function fileOfPath(root: string, pathname: string): { file: string } | { problem: string } {
  const onDisk = join(root, pathname);
  if (pathname.endsWith('/')) {
    return existsSync(join(onDisk, 'index.html'))
      ? { file: `${pathname.slice(1)}index.html` }
      : { problem: 'không có trang này' };
  }
  if (existsSync(onDisk) && statSync(onDisk).isFile()) return { file: pathname.slice(1) };
  if (existsSync(join(onDisk, 'index.html'))) return { problem: 'thiếu dấu "/" ở cuối đường dẫn' };
  return { problem: 'không có tệp này' };
}

/** Whether a URL points inside the site (no scheme, no host). */
function isInternal(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

/** Checks every internal link of the site built in `root` (usually `dist/`). */
export function checkLinks(root: string): LinkReport {
  const files = htmlFiles(root);
  const pages = new Map(files.map((file) => [file, startTags(readFileSync(join(root, file), 'utf8'))]));
  const problems: LinkProblem[] = [];
  const idsByFile = new Map<string, Set<string>>();

  for (const [file, tags] of pages) {
    const ids = new Set<string>();
    for (const tag of tags) {
      const id = tag.attributes.get('id');
      if (id === undefined) continue;
      if (ids.has(id))
        problems.push({ page: pathOfFile(file), href: `#${id}`, problem: 'id bị trùng trên trang' });
      ids.add(id);
    }
    idsByFile.set(file, ids);
  }

  let links = 0;
  for (const [file, tags] of pages) {
    const page = pathOfFile(file);
    for (const tag of tags) {
      for (const attribute of URL_ATTRIBUTES) {
        const value = tag.attributes.get(attribute);
        if (value === undefined || !isInternal(value)) continue;
        links++;
        const report = (problem: string) => problems.push({ page, href: value, problem });
        if (value.trim() === '' || value === '#') {
          report('liên kết rỗng');
          continue;
        }
        const url = new URL(value, `http://site${page}`);
        const target = fileOfPath(root, decodeURIComponent(url.pathname));
        if ('problem' in target) {
          report(target.problem);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.file.endsWith('.html') && !idsByFile.get(target.file)?.has(anchor)) {
          report(`không có neo #${anchor} trên trang đích`);
        }
      }
    }
  }
  return { pages: files.length, links, problems };
}
