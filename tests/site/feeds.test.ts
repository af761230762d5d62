/** The RSS feed, robots.txt and the sitemap, as feed readers and search engines read them. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { FEED_COLLECTIONS } from '../../src/lib/feed.ts';
import { NOINDEX_PATHS } from '../../src/lib/offline/routes.ts';
import { builtPages, SITE } from './built-site.ts';

const { entries } = loadContent(['content']);

function tagValues(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1]!);
}

function builtFileFor(url: string): string {
  return `dist${new URL(url).pathname}index.html`;
}

describe('nguồn tin RSS', () => {
  const rss = readFileSync('dist/rss.xml', 'utf8');
  const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);

  it('là RSS 2.0 tiếng Việt, mỗi mục có trang là một mục của nguồn tin', () => {
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    expect(tagValues(rss, 'language')).toEqual(['vi']);
    expect(items).toHaveLength(
      entries.filter((entry) => (FEED_COLLECTIONS as readonly string[]).includes(entry.collection)).length,
    );
  });

  it('xếp theo ngày rà soát, mới nhất trước', () => {
    const dates = items.map((item) => Date.parse(tagValues(item, 'pubDate')[0]!));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('mỗi mục dẫn tới một trang có thật của sổ tay', () => {
    for (const item of items) {
      const [link] = tagValues(item, 'link');
      expect(link!.startsWith(SITE.origin), link).toBe(true);
      expect(existsSync(builtFileFor(link!)), link).toBe(true);
      expect(tagValues(item, 'title')[0], link).toBeTruthy();
      expect(tagValues(item, 'description')[0], link).toBeTruthy();
    }
  });
});

describe('robots.txt và sơ đồ trang', () => {
  const sitemapIndex = readFileSync('dist/sitemap-index.xml', 'utf8');
  const sitemapUrls = tagValues(sitemapIndex, 'loc').flatMap((loc) =>
    tagValues(readFileSync(`dist${new URL(loc).pathname}`, 'utf8'), 'loc'),
  );

  it('robots.txt cho phép thu thập và chỉ tới sơ đồ trang của chính site', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toContain('User-agent: *\nAllow: /');
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });

  it('sơ đồ trang có mọi trang trừ trang 404 và trang ngoại tuyến', () => {
    const expected = builtPages()
      .map((page) => page.path)
      .filter((path) => !NOINDEX_PATHS.includes(path))
      .map((path) => new URL(path, SITE).href);
    expect([...sitemapUrls].sort()).toEqual(expected.sort());
  });
});
