/**
 * The service worker the build writes: what it saves on install (every page, the assets,
 * the icons, all Pagefind needs to search), what it leaves out, and how it updates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, distFiles } from './built-site.ts';

const sw = readFileSync('dist/sw.js', 'utf8');
const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map(
  (match) => match[1]!,
);

describe('service worker lưu sẵn khi cài', () => {
  it('mọi trang, trừ trang 404', () => {
    const pages = distFiles().filter((file) => file.endsWith('.html'));
    expect(precached.filter((url) => url.endsWith('.html')).sort()).toEqual(
      pages.filter((file) => file !== '404.html').sort(),
    );
    expect(builtPages().length).toBe(pages.length);
  });

  it('mọi thứ Pagefind cần để tìm và hiện kết quả khi không có mạng', () => {
    const pagefind = distFiles().filter((file) =>
      /^pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*|(?:index|fragment|filter)\/.*)$/.test(
        file,
      ),
    );
    expect(pagefind.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(precached).toEqual(expect.arrayContaining(pagefind));
  });

  it('mọi thứ khác các trang có thể tải: tài nguyên, dữ liệu, biểu tượng, manifest', () => {
    const notForPages =
      /^(?:api\/|og\/|404\.html$|sw\.js$|_headers$|robots\.txt$|rss\.xml$|sitemap-.*\.xml$|pagefind\/)/;
    const files = distFiles().filter((file) => !notForPages.test(file));
    expect(files).toEqual(
      expect.arrayContaining(['manifest.webmanifest', 'favicon.svg', 'icons/icon-512.png']),
    );
    expect(files.filter((file) => !precached.includes(file))).toEqual([]);
  });

  it('không lưu ảnh chia sẻ, dữ liệu mở, sơ đồ trang, giao diện Pagefind không dùng', () => {
    expect(
      precached.filter((url) => /^(?:og|api)\/|sitemap|rss|robots|_headers|pagefind-.*ui\./.test(url)),
    ).toEqual([]);
  });

  it('mọi tệp lưu sẵn đều có trong bản dựng (đường dẫn tương đối, không trỏ ra ngoài)', () => {
    const files = new Set(distFiles());
    expect(precached.filter((url) => !files.has(url))).toEqual([]);
  });
});

describe('service worker khi chạy', () => {
  it('trang chưa lưu, khi không có mạng: trang ngoại tuyến', () => {
    expect(sw).toContain('fallbackURL:"/ngoai-tuyen/index.html"');
    expect(precached).toContain('ngoai-tuyen/index.html');
  });

  it('bản mới chỉ thay bản cũ khi không còn trang nào đang mở (không tự skipWaiting)', () => {
    // Workbox's only call is in its SKIP_WAITING message handler, which nothing sends.
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toContain('"SKIP_WAITING"===e.data.type&&self.skipWaiting()');
  });
});
