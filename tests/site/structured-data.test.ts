/**
 * JSON-LD on the built pages parses and carries what each kind of page needs, and never
 * a fact the content marks as unverified.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { entryHref } from '../../src/lib/site.ts';
import { builtPages, jsonLd, SITE } from './built-site.ts';

const { entries } = loadContent(['content']);
/** Entries with a page of their own (events and glossary terms are anchors of one page). */
const entryPages = entries.filter(
  (entry) => entry.collection !== 'plans' && !entryHref(entry.collection, entry.id).includes('#'),
);

type Node = Record<string, unknown>;

/** The JSON-LD nodes of the page at `path`, by type. */
function nodesOf(path: string): Node[] {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  return jsonLd(html).flatMap((document) => {
    expect(document['@context']).toBe('https://schema.org');
    return document['@graph'] as Node[];
  });
}

function nodeOfType(path: string, type: string): Node | undefined {
  return nodesOf(path).find((node) => node['@type'] === type);
}

it('mọi khối JSON-LD của mọi trang đều đọc được', () => {
  let blocks = 0;
  for (const page of builtPages()) blocks += jsonLd(page.html).length;
  expect(blocks).toBeGreaterThanOrEqual(entryPages.length);
});

describe.each(entryPages.map((entry) => [entryHref(entry.collection, entry.id), entry] as const))(
  '%s',
  (path, entry) => {
    // A stand-alone page (`/<slug>/`) belongs to no section: home, then the page itself.
    const depth = entry.collection === 'pages' ? 2 : 3;
    it(`có BreadcrumbList: trang chủ, ${depth === 3 ? 'danh mục, ' : ''}rồi chính trang này`, () => {
      const trail = nodeOfType(path, 'BreadcrumbList')!['itemListElement'] as Node[];
      expect(trail.map((item) => item['position'])).toEqual(depth === 3 ? [1, 2, 3] : [1, 2]);
      expect(trail[0]!['item']).toBe(new URL('/', SITE).href);
      expect(trail.at(-1)!['item']).toBe(new URL(path, SITE).href);
      for (const item of trail) expect(item['name']).toBeTruthy();
    });
  },
);

describe('văn bản là Legislation, chỉ với dữ kiện đã xác minh', () => {
  const documents = entryPages.filter((entry) => entry.collection === 'documents');

  it.each(documents.map((entry) => [entry.id, entry.data as Record<string, unknown>] as const))(
    '%s',
    (id, data) => {
      const path = entryHref('documents', id);
      const node = nodeOfType(path, 'Legislation')!;
      const unverified = data['unverified'] as string[] | undefined;
      expect(node['url']).toBe(new URL(path, SITE).href);
      expect(node['legislationType']).toBe(data['kind']);
      expect(node['legislationPassedBy']).toEqual({ '@type': 'Organization', name: data['issuer'] });
      expect(node['legislationIdentifier']).toBe(data['symbol']);
      expect(node['legislationDate']).toBe(data['issued']);
      if (unverified?.includes('title')) {
        expect(node['name']).not.toBe(data['title']);
        if (data['symbol']) expect(node['name']).toBe(`${String(data['kind'])} ${String(data['symbol'])}`);
      } else {
        expect(node['name']).toBe(data['title']);
      }
    },
  );

  it('có cả văn bản thiếu số hiệu, ngày hoặc tên đã xác minh (để kiểm tra trên là thật)', () => {
    const unverified = documents.flatMap(
      (entry) => (entry.data as { unverified?: string[] }).unverified ?? [],
    );
    expect(unverified).toEqual(expect.arrayContaining(['symbol', 'issued', 'title']));
  });
});

it.each(
  entryPages
    .filter((entry) => entry.collection === 'organizations')
    .map((entry) => [entry.id, entry] as const),
)('đơn vị %s là Organization', (id, entry) => {
  expect(nodeOfType(entryHref('organizations', id), 'Organization')).toMatchObject({
    name: (entry.data as { name: string }).name,
    url: new URL(entryHref('organizations', id), SITE).href,
  });
});

it('trang lịch mô tả mỗi sự kiện là một Event có ngày', () => {
  const events = nodesOf('/lich/').filter((node) => node['@type'] === 'Event');
  const expected = entries.filter((entry) => entry.collection === 'events');
  expect(events).toHaveLength(expected.length);
  for (const entry of expected) {
    const data = entry.data as { name: string; date: unknown };
    const event = events.find((node) => node['url'] === new URL(entryHref('events', entry.id), SITE).href);
    expect(event, entry.id).toMatchObject({ name: data.name });
    expect(String(event!['startDate'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

it('trang chủ có WebSite với SearchAction trỏ tới /tim-kiem/?q=', () => {
  const website = nodeOfType('/', 'WebSite')!;
  expect(website['url']).toBe(new URL('/', SITE).href);
  expect(website['potentialAction']).toMatchObject({
    '@type': 'SearchAction',
    target: { urlTemplate: new URL('/tim-kiem/?q={search_term_string}', SITE).href },
    'query-input': 'required name=search_term_string',
  });
});
