/**
 * No placeholder address reaches a reader (SPEC §6): no page, feed, sitemap, calendar,
 * JSON file, stylesheet or manifest in dist/ names a documentation host (`*.example`,
 * `example.com`…), and the site's own absolute links all use the configured address.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distFiles, SITE } from './built-site.ts';

const TEXT_FILES = /\.(html|xml|ics|json|txt|css|webmanifest|js)$/;
const PLACEHOLDER = /[a-z0-9-]+\.example(?:\.(?:com|net|org))?\b|\bexample\.(?:com|net|org)\b/gi;

const files = distFiles().filter((file) => TEXT_FILES.test(file) && !file.startsWith('pagefind/'));

describe('địa chỉ trang', () => {
  it('dist/ có trang chủ, lịch, RSS, sơ đồ trang và dữ liệu mở để kiểm tra', () => {
    for (const file of ['index.html', 'lich.ics', 'rss.xml', 'sitemap-index.xml', 'api/documents.json'])
      expect(files).toContain(file);
  });

  it.each(files)('%s không có địa chỉ giữ chỗ', (file) => {
    expect(readFileSync(`dist/${file}`, 'utf8').match(PLACEHOLDER) ?? []).toEqual([]);
  });

  it('mã QR và địa chỉ in dưới mã trỏ về địa chỉ đã cấu hình', () => {
    const theme = readFileSync('dist/chu-de/doan-ket-toan-dan/index.html', 'utf8');
    expect(theme).toContain('class="print-qr');
    expect(theme).toContain(
      `<span class="print-url">${new URL('/chu-de/doan-ket-toan-dan/', SITE).href}</span>`,
    );
  });
});
