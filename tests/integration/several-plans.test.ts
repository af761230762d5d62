/**
 * The editor's year, end to end, on the fixture site that the integration project builds
 * once (fixture-site.ts): a second, small plan (tests/fixtures/ke-hoach-2023.txt) imported
 * from a Word file with `npm run import-plan`'s command, its first theme, a document and an
 * example added with `npm run new`'s command, built — and the site handles both years:
 * each plan has its page, the newest is the one the home page and the menu lead to,
 * themes are listed by plan, and each entry is filed under its year for search. The
 * skeletons publish no placeholder text, and code in MDX content is highlighted by Shiki.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { StartTag } from '../../src/lib/text/html.ts';
import { classesOf, elementsIn, elementsOf } from '../site/elements.ts';

const { dist } = inject('fixtureSite');

/** The built page at a site path. */
function page(path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

/** The addresses that some elements link to, in order. */
function hrefs(tags: StartTag[]): string[] {
  return tags.flatMap((tag) => tag.attributes.get('href') ?? []);
}

/** The elements inside the first element of a page named `name` (its `header`). */
function inside(html: string, name: string): StartTag[] {
  const element = elementsOf(html).find((tag) => tag.name === name);
  return element ? elementsIn(html, element) : [];
}

/** The year a page is filed under for search (SearchMeta's Pagefind filter). */
function yearFilter(html: string): string | undefined {
  return elementsOf(html).find((tag) => tag.attributes.get('data-pagefind-filter') === 'year')?.text;
}

describe('trang web với hai kế hoạch (2022 và 2023)', () => {
  it('mỗi kế hoạch có trang riêng, từng đoạn có mã', () => {
    const plan2023 = page('ke-hoach/2023');
    const ids = (html: string) => elementsOf(html).map((tag) => tag.attributes.get('id'));
    expect(plan2023).toContain('Tuyên truyền, vận động, xây dựng khối đại đoàn kết toàn dân năm 2023');
    expect(ids(plan2023)).toContain('II-1-2');
    expect(ids(page('ke-hoach/2022'))).toContain('III-2-2');
  });

  it('/ke-hoach/ liệt kê cả hai năm, năm mới trước', () => {
    const links = hrefs(elementsOf(page('ke-hoach')));
    expect(links.indexOf('/ke-hoach/2023/')).toBeGreaterThan(-1);
    expect(links.indexOf('/ke-hoach/2023/')).toBeLessThan(links.indexOf('/ke-hoach/2022/'));
  });

  it('trang chủ và trình đơn dẫn đến kế hoạch mới nhất', () => {
    const home = page('');
    // From the main content to the end of the page (its footer too).
    const elements = elementsOf(home);
    const main = hrefs(elements.slice(elements.findIndex((tag) => tag.name === 'main')));
    expect(main).toContain('/ke-hoach/2023/');
    expect(main).not.toContain('/ke-hoach/2022/');
    for (const html of [home, page('van-ban/01-kl-tw')]) {
      const header = hrefs(inside(html, 'header'));
      expect(header).toContain('/ke-hoach/2023/');
      expect(header).not.toContain('/ke-hoach/2022/');
    }
  });

  it('/chu-de/ chia chủ đề theo kế hoạch, năm mới trước', () => {
    const elements = elementsOf(page('chu-de'));
    const heading = (text: string) =>
      elements.findIndex((tag) => tag.name === 'h2' && tag.text.trim() === text);
    const link = (href: string) => elements.findIndex((tag) => tag.attributes.get('href') === href);
    const at2023 = heading('Kế hoạch năm 2023');
    const at2022 = heading('Kế hoạch năm 2022');
    expect(at2023).toBeGreaterThan(-1);
    expect(at2022).toBeGreaterThan(at2023);
    const newTheme = link('/chu-de/doan-ket-toan-dan-2023/');
    expect(newTheme).toBeGreaterThan(at2023);
    expect(newTheme).toBeLessThan(at2022);
    expect(link('/chu-de/doan-ket-toan-dan/')).toBeGreaterThan(at2022);
  });

  it('chủ đề gắn với kế hoạch của nó: trang kế hoạch 2023 dẫn đến chủ đề 2023, trang 2022 thì không', () => {
    const links = (path: string) => hrefs(elementsOf(page(path)));
    expect(links('ke-hoach/2023')).toContain('/chu-de/doan-ket-toan-dan-2023/');
    expect(links('ke-hoach/2022')).not.toContain('/chu-de/doan-ket-toan-dan-2023/');
    expect(links('chu-de/doan-ket-toan-dan-2023')).toContain('/ke-hoach/2023/#II-1-1');
  });

  it('mỗi mục được lọc theo năm khi tìm kiếm: năm kế hoạch, hoặc năm ban hành của văn bản', () => {
    expect(yearFilter(page('chu-de/doan-ket-toan-dan-2023'))).toBe('2023');
    expect(yearFilter(page('chu-de/doan-ket-toan-dan'))).toBe('2022');
    expect(yearFilter(page('van-ban/99-kl-tw'))).toBe('2021');
    expect(yearFilter(page('dien-hinh/mo-hinh-dung-de-kiem-thu-lenh-tao-muc'))).toBe('2022');
  });
});

describe('mục mới tạo bằng npm run new', () => {
  it('có trang, không đăng chữ tạm hay chú thích của tệp khung', () => {
    for (const path of [
      'van-ban/99-kl-tw',
      'dien-hinh/mo-hinh-dung-de-kiem-thu-lenh-tao-muc',
      'chu-de/doan-ket-toan-dan-2023',
    ]) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
      const html = page(path);
      expect(html).not.toMatch(/npm run new|Viết nội dung trang|Trường không bắt buộc|\{\/\*/);
    }
  });

  it('mã trong nội dung MDX được Shiki tô màu', () => {
    const elements = elementsOf(page('van-ban/99-kl-tw'));
    const code = elements.filter((tag) => tag.name === 'pre' && classesOf(tag).includes('astro-code'));
    expect(code.map((pre) => pre.attributes.get('data-language'))).toContain('yaml');
    // Colours as palette classes, not style attributes: the CSP allows no inline style.
    const palette = (tag: StartTag) =>
      classesOf(tag).some((name) => /^sl-[0-9a-f]{6}$/.test(name)) &&
      classesOf(tag).some((name) => /^sd-[0-9a-f]{6}$/.test(name));
    expect(elements.some((tag) => tag.name === 'span' && palette(tag))).toBe(true);
    expect(
      elements.filter((tag) => (tag.name === 'pre' || tag.name === 'span') && tag.attributes.has('style')),
    ).toEqual([]);
  });
});
