/**
 * The service worker the build writes: what it saves on install (the shell: home, search
 * and offline pages, assets, icons, Pagefind's index), what "save everything" fetches,
 * what is left out, and how it updates.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, distFiles } from './built-site.ts';

const sw = readFileSync('dist/sw.js', 'utf8');
const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map(
  (match) => match[1]!,
);

const saveAll = JSON.parse(readFileSync('dist/ngoai-tuyen/ca-so-tay.json', 'utf8')) as {
  bytes: number;
  pages: string[];
  search: string[];
  files: string[];
};

describe('service worker lưu sẵn khi cài: chỉ phần khung', () => {
  it('trang chủ, trang tìm kiếm, trang ngoại tuyến, và không trang nào khác', () => {
    expect(precached.filter((url) => url.endsWith('.html')).sort()).toEqual([
      'index.html',
      'ngoai-tuyen/index.html',
      'tim-kiem/index.html',
    ]);
  });

  it('mọi thứ Pagefind cần để tìm, trừ đoạn trích từng trang (lưu khi hiện kết quả)', () => {
    const pagefind = distFiles().filter((file) =>
      /^pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*|(?:index|filter)\/.*)$/.test(
        file,
      ),
    );
    expect(pagefind.some((file) => file.startsWith('pagefind/index/'))).toBe(true);
    expect(precached).toEqual(expect.arrayContaining(pagefind));
    expect(precached.filter((url) => url.startsWith('pagefind/fragment/'))).toEqual([]);
  });

  it('mã, kiểu, phông, biểu tượng, manifest của trang', () => {
    const assets = distFiles().filter((file) => /^_astro\/.*\.(?:js|css|woff2)$/.test(file));
    expect(assets.length).toBeGreaterThan(0);
    expect(precached).toEqual(
      expect.arrayContaining([...assets, 'manifest.webmanifest', 'favicon.svg', 'icons/icon-512.png']),
    );
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

describe('"Lưu cả sổ tay": danh sách người đọc chọn tải', () => {
  it('mọi trang còn lại trừ trang 404, theo địa chỉ người đọc mở', () => {
    const pages = distFiles().filter((file) => file.endsWith('.html') && file !== '404.html');
    const shell = precached.filter((url) => url.endsWith('.html'));
    expect(saveAll.pages.sort()).toEqual(
      pages
        .filter((file) => !shell.includes(file))
        .map((file) => `/${file.replace(/index\.html$/, '')}`)
        .sort(),
    );
    expect(builtPages().length).toBe(pages.length + 1);
  });

  it('các đoạn trích Pagefind, và không tệp nào đã lưu sẵn hay không dành cho người đọc', () => {
    const fragments = distFiles().filter((file) => file.startsWith('pagefind/fragment/'));
    expect(saveAll.search).toEqual(expect.arrayContaining(fragments.map((file) => `/${file}`)));
    const all = [...saveAll.pages, ...saveAll.search, ...saveAll.files];
    expect(all.filter((url) => precached.includes(url.slice(1)))).toEqual([]);
    expect(all.filter((url) => /^\/(?:og|api)\/|sitemap|rss|robots|_headers|sw\.js/.test(url))).toEqual([]);
  });

  it('cỡ tải về là tổng cỡ các tệp trong danh sách', () => {
    const files = new Set(distFiles());
    const bytes = [...saveAll.pages, ...saveAll.search, ...saveAll.files]
      .map((url) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1)))
      .map((file) => {
        expect(files.has(file), file).toBe(true);
        return statSync(`dist/${file}`).size;
      })
      .reduce((sum, size) => sum + size, 0);
    expect(saveAll.bytes).toBe(bytes);
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
