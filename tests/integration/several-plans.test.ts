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

const { dist } = inject('fixtureSite');

/** The built page at a site path. */
function page(path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

/** The year a page is filed under for search (SearchMeta's Pagefind filter). */
function yearFilter(html: string): string | undefined {
  return /data-pagefind-filter="year">(\d{4})</.exec(html)?.[1];
}

describe('trang web với hai kế hoạch (2022 và 2023)', () => {
  it('mỗi kế hoạch có trang riêng, từng đoạn có mã', () => {
    const plan2023 = page('ke-hoach/2023');
    expect(plan2023).toContain('Tuyên truyền, vận động, xây dựng khối đại đoàn kết toàn dân năm 2023');
    expect(plan2023).toContain('id="II-1-2"');
    expect(page('ke-hoach/2022')).toContain('id="III-2-2"');
  });

  it('/ke-hoach/ liệt kê cả hai năm, năm mới trước', () => {
    const list = page('ke-hoach');
    expect(list.indexOf('href="/ke-hoach/2023/"')).toBeGreaterThan(-1);
    expect(list.indexOf('href="/ke-hoach/2023/"')).toBeLessThan(list.indexOf('href="/ke-hoach/2022/"'));
  });

  it('trang chủ và trình đơn dẫn đến kế hoạch mới nhất', () => {
    const home = page('');
    const main = home.slice(home.indexOf('<main'));
    expect(main).toContain('href="/ke-hoach/2023/"');
    expect(main).not.toContain('href="/ke-hoach/2022/"');
    for (const html of [home, page('van-ban/01-kl-tw')]) {
      const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
      expect(header).toContain('href="/ke-hoach/2023/"');
      expect(header).not.toContain('href="/ke-hoach/2022/"');
    }
  });

  it('/chu-de/ chia chủ đề theo kế hoạch, năm mới trước', () => {
    const themes = page('chu-de');
    const at2023 = themes.search(/>\s*Kế hoạch năm 2023\s*<\/h2>/);
    const at2022 = themes.search(/>\s*Kế hoạch năm 2022\s*<\/h2>/);
    expect(at2023).toBeGreaterThan(-1);
    expect(at2022).toBeGreaterThan(at2023);
    const newTheme = themes.indexOf('href="/chu-de/doan-ket-toan-dan-2023/"');
    expect(newTheme).toBeGreaterThan(at2023);
    expect(newTheme).toBeLessThan(at2022);
    expect(themes.indexOf('href="/chu-de/doan-ket-toan-dan/"')).toBeGreaterThan(at2022);
  });

  it('chủ đề gắn với kế hoạch của nó: trang kế hoạch 2023 dẫn đến chủ đề 2023, trang 2022 thì không', () => {
    expect(page('ke-hoach/2023')).toContain('href="/chu-de/doan-ket-toan-dan-2023/"');
    expect(page('ke-hoach/2022')).not.toContain('href="/chu-de/doan-ket-toan-dan-2023/"');
    expect(page('chu-de/doan-ket-toan-dan-2023')).toContain('href="/ke-hoach/2023/#II-1-1"');
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
    const html = page('van-ban/99-kl-tw');
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="yaml"/);
    // Colours as palette classes, not style attributes: the CSP allows no inline style.
    expect(html).toMatch(/<span class="sl-[0-9a-f]{6} sd-[0-9a-f]{6}">/);
    expect(html).not.toMatch(/<(?:pre|span)[^>]* style=/);
  });
});
