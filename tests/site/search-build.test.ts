/**
 * What the build gives search: the dictionary built from the content, the filters and
 * kinds in the index, and a reading page that carries almost no search code until the
 * reader starts searching.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { ENTRY_KIND_LABELS, entryHref } from '../../src/lib/site.ts';
import { symbolToSlug } from '../../src/lib/format/vietnamese.ts';
import { elementsOf } from './built-site.ts';
import { loadBuiltSearch } from './search-node.ts';

const { entries } = loadContent(['content']);

describe('từ điển tìm kiếm', () => {
  it('có mọi thuật ngữ và mọi văn bản có số hiệu, trỏ đúng trang', async () => {
    const { dictionary } = await loadBuiltSearch();
    const glossary = entries.filter((entry) => entry.collection === 'glossary');
    expect(dictionary.glossary.map((term) => term.href).sort()).toEqual(
      glossary.map((entry) => entryHref('glossary', entry.id)).sort(),
    );
    const withSymbol = entries.flatMap((entry) => {
      const symbol = (entry.data as { symbol?: string }).symbol;
      return entry.collection === 'documents' && symbol ? [symbol] : [];
    });
    expect(withSymbol.length).toBeGreaterThan(5);
    expect(dictionary.documents.map((document) => document.symbol).sort()).toEqual(withSymbol.sort());
    for (const document of dictionary.documents) {
      expect(document.href).toBe(`/van-ban/${symbolToSlug(document.symbol)}/`);
      expect(readFileSync(`dist${document.href}index.html`, 'utf8')).toContain(document.symbol);
    }
  });
});

describe('chỉ mục Pagefind', () => {
  it('mọi loại trang đều lọc được theo loại', async () => {
    const { pagefind } = await loadBuiltSearch();
    const filters = await pagefind.filters();
    const kinds = [...Object.values(ENTRY_KIND_LABELS)];
    expect(Object.keys(filters['type'] ?? {}).sort()).toEqual(kinds.sort());
    expect(Object.keys(filters['year'] ?? {})).toContain('2022');
    expect(Object.keys(filters['issuer'] ?? {})).toContain('Bộ Chính trị');
    expect(Object.keys(filters['place'] ?? {})).toContain('Hải Phòng');
  });

  it('phần ẩn cho Pagefind không lọt vào đoạn trích', async () => {
    const { pagefind } = await loadBuiltSearch();
    const found = await pagefind.search('37 qd tw');
    const page = await found!.results[0]!.data();
    expect(page.url).toBe('/van-ban/37-qd-tw/');
    expect(page.excerpt.startsWith('văn bản')).toBe(false);
    expect(page.meta['aka']).toContain('đảng viên không được làm');
  });
});

/** The JavaScript files a built page loads, with their gzip sizes. */
function pageScripts(path: string): { file: string; gzip: number }[] {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  return elementsOf(html).flatMap(({ name, attributes }) => {
    const src = attributes.get('src');
    return name === 'script' && src ? [{ file: src, gzip: gzipSync(readFileSync(`dist${src}`)).length }] : [];
  });
}

describe('trang đọc chưa tải gì của tìm kiếm cho đến khi người đọc tìm', () => {
  it('không tải Pagefind hay từ điển khi mở trang', () => {
    for (const path of ['/', '/chu-de/doan-ket-toan-dan/', '/van-ban/01-kl-tw/']) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      expect(html, path).not.toContain('/pagefind/');
      expect(html, path).not.toContain('tu-dien.json');
    }
  });

  it('mã tìm kiếm của mỗi trang đọc nhỏ hơn 1,6 KB gzip', () => {
    const search = pageScripts('/chu-de/doan-ket-toan-dan/').filter(({ file }) =>
      file.includes('SiteSearch'),
    );
    expect(search).toHaveLength(1);
    expect(search[0]!.gzip).toBeLessThan(1600);
    const lazy = readdirSync('dist/_astro').filter((file) => /^(live-search|highlight-page)\./.test(file));
    expect(lazy).toHaveLength(2);
  });
});
