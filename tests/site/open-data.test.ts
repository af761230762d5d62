/**
 * The open data files validate against their published JSON Schemas (with a real JSON
 * Schema validator, so the schemas themselves are proven), hold every entry, and every
 * URL in them leads to a built page.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { apiPath, apiSchemaPath, OPEN_DATA_COLLECTIONS } from '../../src/lib/open-data.ts';
import { SITE } from './built-site.ts';

const { entries } = loadContent(['content']);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`dist${path}`, 'utf8')) as Record<string, unknown>;
}

/** The built file that answers a URL of the site, and whether its anchor (if any) is on it. */
function resolvesToBuiltPage(url: string): boolean {
  const { origin, pathname, hash } = new URL(url);
  if (origin !== SITE.origin) return false;
  const file = `dist${pathname}index.html`;
  if (!existsSync(file)) return false;
  return !hash || readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(hash.slice(1))}"`);
}

/** Every string in a JSON value that is a URL of this site. */
function siteUrls(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(SITE.origin) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(siteUrls);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(siteUrls);
  return [];
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

describe.each(OPEN_DATA_COLLECTIONS)('/api/%s.json', (collection) => {
  const data = readJson(apiPath(collection));
  const schema = readJson(apiSchemaPath(collection));

  it('hợp lệ theo lược đồ JSON của nó', () => {
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
    expect(data['$schema']).toBe(schema['$id']);
  });

  it('lược đồ bắt được dữ liệu sai (một mục thiếu trường bắt buộc, một trường lạ)', () => {
    const validate = ajv.compile(schema);
    const [first] = data['items'] as Record<string, unknown>[];
    const withoutUrl = { ...first };
    delete withoutUrl['url'];
    expect(validate({ ...data, items: [withoutUrl] })).toBe(false);
    expect(validate({ ...data, items: [{ ...first, truongLa: 1 }] })).toBe(false);
  });

  it('có đủ mọi mục của bộ sưu tập, không kèm phần bài MDX', () => {
    const items = data['items'] as Record<string, unknown>[];
    const ids = entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
    expect(items.map((item) => item['id']).sort()).toEqual([...ids].sort());
    expect(data['count']).toBe(ids.length);
    for (const item of items) {
      expect(item).not.toHaveProperty('body');
      expect(item).not.toHaveProperty('rendered');
    }
  });

  it('mọi địa chỉ trong sổ tay (trang mục, tham chiếu) dẫn tới một trang có thật', () => {
    const urls = [...new Set(siteUrls(data['items']))];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !resolvesToBuiltPage(url))).toEqual([]);
  });
});

it('tham chiếu là địa chỉ, không còn là mã: văn bản mà chủ đề trích dẫn', () => {
  const themes = readJson(apiPath('themes'))['items'] as { id: string; documents: unknown[] }[];
  const theme = themes.find((item) => item.id === 'doan-ket-toan-dan')!;
  expect(theme.documents.length).toBeGreaterThan(0);
  for (const document of theme.documents)
    expect(document).toMatch(/^https?:\/\/[^/]+\/van-ban\/[a-z0-9-]+\/$/);
});

it('văn bản chưa xác minh: trường đó không có trong dữ liệu', () => {
  const documents = readJson(apiPath('documents'))['items'] as Record<string, unknown>[];
  const unverified = documents.filter((document) => (document['unverified'] as string[]).includes('issued'));
  expect(unverified.length).toBeGreaterThan(0);
  for (const document of unverified) expect(document).not.toHaveProperty('issued');
});
