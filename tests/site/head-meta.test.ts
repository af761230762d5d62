/**
 * What every page tells browsers, search engines and link previews: canonical URL on
 * the configured site, Open Graph and X/Twitter tags with a share image that exists,
 * the feed.
 */
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { NOINDEX_PATHS } from '../../src/lib/offline/routes.ts';
import { builtPages, decodeHtml, linkHref, metaContent, SITE } from './built-site.ts';

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
    expect(metaContent(html, 'og:title')).toBe(decodeHtml(/<title>([^<]*)<\/title>/.exec(html)![1]!));
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

  it('liên kết tới nguồn tin RSS', () => {
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
