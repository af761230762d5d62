/**
 * Each built page carries only the CSS it uses (src/lib/css/prune.ts), and never less:
 * every class a page's markup names, and every class the site's scripts add, still has
 * its rules in that page's stylesheet whenever the site's CSS styles it at all.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classSelectors, classesInScripts } from '../../src/lib/css/prune.ts';
import { classesOf, elementsOf } from './built-site.ts';
import { builtPages, DIST } from './dist-pages.ts';
import { isScript, pageWeight } from './page-weight.ts';

/**
 * Each page with its stylesheet, read by the one HTML reader rather than by prune.ts's own
 * search: the text of its last `<style>` element, where Astro inlines the bundled CSS (the
 * ones before it hold the fonts' @font-face rules).
 */
const pages = builtPages().map((page) => {
  const html = readFileSync(page.file, 'utf8');
  const stylesheet = elementsOf(html).findLast((tag) => tag.name === 'style');
  return { ...page, html, css: stylesheet?.text ?? '' };
});
/** Every class any page's stylesheet styles: the site's whole CSS, as far as pages use it. */
const styled = new Set(pages.flatMap((page) => [...classSelectors(page.css).keys()]));
/**
 * Of those, the classes that some rule styles on their own (`.mt-2`, `.md\:mt-0`,
 * `.hover\:x:hover`), not only through other elements (`:where(.space-y-3>…)`, `.group:hover .x`),
 * which rightly go where the page has nothing for them to style.
 */
const selfStyled = new Set(
  [...styled].filter((name) =>
    pages.some((page) =>
      new RegExp(`(?:^|[{},])\\.${escapeRegExp(cssEscape(name))}(?=[:{,\\[])`).test(page.css),
    ),
  ),
);
/**
 * The code a page can run: its inline scripts and the scripts it loads, with their static
 * imports and, followed too, the modules they import later (the search box loads its result
 * list only when the reader types).
 */
function pageScripts(page: { path: string; file: string; html: string }): string {
  const files = new Set(pageWeight(DIST, page.path, page.file).files.filter((file) => file.endsWith('.js')));
  for (const file of files) {
    const code = readFileSync(`${DIST}${file}`, 'utf8');
    for (const [, specifier] of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
      files.add(posix.resolve(posix.dirname(file), specifier!));
  }
  return [
    ...elementsOf(page.html)
      .filter((tag) => isScript(tag) && !tag.attributes.has('src'))
      .map((script) => script.text),
    ...[...files].map((file) => readFileSync(`${DIST}${file}`, 'utf8')),
  ].join('\n');
}

/** The classes the page's elements name, decoded: `[&amp;_input]:flex-1` is the class `[&_input]:flex-1`. */
function classesInMarkup(html: string): Set<string> {
  return new Set(elementsOf(html).flatMap(classesOf));
}

/** Whether a page has an element named `name`: the search box, a quiz. */
function has(html: string, name: string): boolean {
  return elementsOf(html).some((tag) => tag.name === name);
}

/** The classes of `scripts` that the site's CSS styles. */
function scriptedClasses(scripts: string): string[] {
  const css = [...styled].map((name) => `.${cssEscape(name)}{}`).join('');
  return classesInScripts(css, scripts).map((escaped) => escaped.replace(/\\(.)/g, '$1'));
}

/** CSS escaping of a class name, as Tailwind writes it (`md:mt-0` → `md\:mt-0`). */
function cssEscape(name: string): string {
  return name.replace(/[^\w-]/g, '\\$&');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('CSS riêng của từng trang', () => {
  it('đọc lớp như trình duyệt đọc: "[&amp;_input]:flex-1" là lớp "[&_input]:flex-1"', () => {
    const home = pages.find((page) => page.path === '/')!;
    expect(classesInMarkup(home.html)).toContain('[&_input]:flex-1');
    expect(classSelectors(home.css).has('[&_input]:flex-1')).toBe(true);
  });

  it('đã lược: trang trình chiếu không mang kiểu của bài viết (prose), trang chủ không mang kiểu bản đồ', () => {
    const slides = pages.find((page) => page.path.endsWith('/trinh-chieu/'))!;
    const home = pages.find((page) => page.path === '/')!;
    expect(styled.has('prose')).toBe(true);
    expect(slides.css).not.toContain('.prose');
    expect(styled.has('map-node')).toBe(true);
    expect(home.css).not.toContain('map-node');
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s: mọi lớp trên trang đều còn kiểu của nó',
    (_, page) => {
      const own = new Set(classSelectors(page.css).keys());
      const missing = [...classesInMarkup(page.html)].filter(
        (name) => selfStyled.has(name) && !own.has(name),
      );
      expect(missing, `trang thiếu kiểu của các lớp: ${missing.join(' ')}`).toEqual([]);
    },
  );

  it('các lớp mà ô tìm kiếm thêm vào (danh sách kết quả) còn kiểu trên mọi trang có ô tìm kiếm', () => {
    const withSearch = pages.filter((page) => has(page.html, 'site-search'));
    expect(withSearch.length).toBeGreaterThan(10);
    for (const page of withSearch) {
      const scripted = scriptedClasses(pageScripts(page));
      expect(scripted.length, `${page.path}: các lớp do mã tìm kiếm thêm vào`).toBeGreaterThan(10);
      const own = new Set(classSelectors(page.css).keys());
      const missing = scripted.filter((name) => !own.has(name));
      expect(missing, `${page.path} thiếu kiểu của: ${missing.join(' ')}`).toEqual([]);
    }
  });

  it('các lớp mà bài tự kiểm tra thêm khi chấm (Đúng, Chưa đúng) còn kiểu trên trang bài giảng', () => {
    const lessons = pages.filter((page) => has(page.html, 'lesson-quiz'));
    expect(lessons.length).toBeGreaterThan(0);
    for (const page of lessons) {
      const scripted = scriptedClasses(pageScripts(page));
      expect(scripted).toEqual(expect.arrayContaining(['quiz-verdict-right', 'quiz-verdict-wrong']));
      const own = new Set(classSelectors(page.css).keys());
      const missing = scripted.filter((name) => !own.has(name));
      expect(missing, `${page.path} thiếu kiểu của: ${missing.join(' ')}`).toEqual([]);
    }
  });

  it('mọi trang giữ kiểu giao diện sáng, tối và viền tiêu điểm', () => {
    for (const page of pages) {
      expect(page.css, page.path).toContain(':root[data-theme=dark]');
      expect(page.css, page.path).toContain(':root[data-theme=light]');
      expect(page.css, page.path).toMatch(/:focus-visible\{outline/);
    }
  });
});
