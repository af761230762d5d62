/**
 * Weight budgets of SPEC §5 and issue 7, on the built site: every reading page at most
 * 25 KB gzip in all (HTML + CSS + JS) before search is used, of which at most 5 KB of
 * JavaScript; the search page's own code — its JavaScript and the search worker's, as
 * against Pagefind's, which the worker loads to search — at most 15 KB gzip. KB here is 1,000 bytes. A failure names the
 * page and its bytes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startTags } from '../../src/lib/text/html.ts';
import { builtPages, DIST } from './dist-pages.ts';
import { gzipSize, pageWeight, type PageWeight } from './page-weight.ts';

const READING_PAGE_TOTAL = 25_000;
const READING_PAGE_JS = 5_000;
const SEARCH_PAGE_JS = 15_000;
const SEARCH_PAGE = '/tim-kiem/';

function describeWeight(path: string, weight: PageWeight): string {
  return `${path}: ${weight.total} B gzip (HTML ${weight.html} B, CSS ngoài ${weight.css} B, JS ${weight.js} B)`;
}

describe('phép đo trọng lượng trang', () => {
  const fixture = 'tests/site/fixtures/budget';
  const read = (path: string) => readFileSync(`${fixture}${path}`);

  it('tính HTML, CSS, JS, các import tĩnh và worker; bỏ qua import động, Pagefind và JSON-LD', () => {
    const weight = pageWeight(fixture, '/page/', `${fixture}/page/index.html`);
    const inlineScript = startTags(read('/page/index.html').toString()).find(
      (tag) => tag.name === 'script' && tag.attributes.size === 0,
    )!.text;
    const externalJs = ['/_astro/page.js', '/_astro/shared.js', '/_astro/side.js', '/_astro/worker.js'];
    const css = ['/_astro/page.css', '/_astro/extra.css'];
    const sum = (paths: string[]) => paths.reduce((bytes, path) => bytes + gzipSize(read(path)), 0);

    expect([...weight.files].sort()).toEqual([...externalJs, ...css].sort());
    expect(weight.html).toBe(gzipSize(read('/page/index.html')));
    expect(weight.css).toBe(sum(css));
    expect(weight.js).toBe(gzipSize(inlineScript) + sum(externalJs));
    expect(weight.total).toBe(weight.html + sum(css) + sum(externalJs));
  });
});

describe('ngân sách trọng lượng của từng trang (gzip)', () => {
  const pages = builtPages().map((page) => ({ ...page, weight: pageWeight(DIST, page.path, page.file) }));
  const reading = pages.filter((page) => page.path !== SEARCH_PAGE);

  afterAll(() => {
    const heaviest = [...reading].sort((a, b) => b.weight.total - a.weight.total).slice(0, 5);
    console.log(
      ['Các trang nặng nhất:', ...heaviest.map((page) => `  ${describeWeight(page.path, page.weight)}`)].join(
        '\n',
      ),
    );
  });

  it('có trang tìm kiếm và các trang đọc', () => {
    expect(pages.map((page) => page.path)).toContain(SEARCH_PAGE);
    expect(reading.length).toBeGreaterThan(10);
  });

  it.each(reading.map((page) => [page.path, page.weight] as const))(
    'trang đọc %s: tổng ≤ 25 KB, JS ≤ 5 KB',
    (path, weight) => {
      expect(
        weight.total,
        `${describeWeight(path, weight)} vượt ${READING_PAGE_TOTAL} B`,
      ).toBeLessThanOrEqual(READING_PAGE_TOTAL);
      expect(weight.js, `${describeWeight(path, weight)}: JS vượt ${READING_PAGE_JS} B`).toBeLessThanOrEqual(
        READING_PAGE_JS,
      );
    },
  );

  it('trang đọc chỉ tải worker tìm kiếm khi người đọc bắt đầu tìm', () => {
    const early = reading.filter((page) => page.weight.files.some((file) => file.includes('search-worker')));
    expect(early.map((page) => page.path)).toEqual([]);
  });

  it('trang tìm kiếm: mã JavaScript của riêng trang và worker tìm kiếm ≤ 15 KB, không kể các tệp của Pagefind', () => {
    const search = pages.find((page) => page.path === SEARCH_PAGE)!;
    expect(search.weight.files.filter((file) => file.includes('search-worker'))).toHaveLength(1);
    expect(
      search.weight.js,
      `${describeWeight(SEARCH_PAGE, search.weight)}: JS vượt ${SEARCH_PAGE_JS} B`,
    ).toBeLessThanOrEqual(SEARCH_PAGE_JS);
  });
});
