/**
 * What every page tells browsers, search engines and link previews: canonical URL on
 * the configured site, Open Graph and X/Twitter tags with a share image that exists,
 * the web app manifest and its icons, the feed.
 */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { NOINDEX_PATHS } from '../../src/lib/offline/routes.ts';
import { builtPages, elementsOf, linkHref, metaContent, SITE } from './built-site.ts';

describe.each(builtPages().map((page) => [page.path, page.html] as const))('%s', (path, html) => {
  const indexable = !NOINDEX_PATHS.includes(path);

  it(indexable ? 'đường dẫn chuẩn trên site đã cấu hình' : 'không cho máy tìm kiếm lập chỉ mục', () => {
    if (indexable) {
      expect(linkHref(html, 'canonical')).toBe(new URL(path, SITE).href);
      expect(metaContent(html, 'robots')).toBeUndefined();
    } else {
      expect(linkHref(html, 'canonical')).toBeUndefined();
      expect(metaContent(html, 'robots')).toBe('noindex');
    }
  });

  it('thẻ Open Graph và X/Twitter đủ để hiện bản xem trước', () => {
    expect(metaContent(html, 'og:title')).toBe(elementsOf(html).find((tag) => tag.name === 'title')?.text);
    expect(metaContent(html, 'og:description')).toBe(metaContent(html, 'description'));
    expect(metaContent(html, 'og:description')).toBeTruthy();
    expect(metaContent(html, 'og:url')).toBe(new URL(path, SITE).href);
    expect(metaContent(html, 'og:locale')).toBe('vi_VN');
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(metaContent(html, 'og:image')!);
    expect(image.origin).toBe(SITE.origin);
    expect(existsSync(`dist${image.pathname}`), image.pathname).toBe(true);
    expect(metaContent(html, 'og:image:alt')).toBeTruthy();
  });

  it('liên kết tới manifest, biểu tượng và nguồn tin RSS', () => {
    expect(linkHref(html, 'manifest')).toBe('/manifest.webmanifest');
    expect(linkHref(html, 'apple-touch-icon')).toBe('/icons/apple-touch-icon.png');
    expect(linkHref(html, 'alternate')).toBe('/rss.xml');
  });
});

it('ảnh chia sẻ là PNG 1200×630', async () => {
  const images = new Set(builtPages().map((page) => new URL(metaContent(page.html, 'og:image')!).pathname));
  expect(images.size).toBeGreaterThan(1);
  for (const image of images) {
    expect(await sharp(`dist${image}`).metadata(), image).toMatchObject({
      format: 'png',
      width: 1200,
      height: 630,
    });
  }
});

describe('web app manifest', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
    start_url: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
    shortcuts: { url: string }[];
  };

  it('mỗi biểu tượng có thật, đúng loại và kích thước', async () => {
    for (const icon of manifest.icons) {
      const file = `dist${icon.src}`;
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type !== 'image/png') continue;
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(await sharp(file).metadata(), icon.src).toMatchObject({ format: 'png', width, height });
    }
  });

  it('địa chỉ bắt đầu và các lối tắt dẫn tới trang có thật', () => {
    for (const url of [manifest.start_url, ...manifest.shortcuts.map((shortcut) => shortcut.url)]) {
      expect(existsSync(`dist${url}index.html`), url).toBe(true);
    }
  });
});
