/**
 * The content agrees with sources/facts: one entry per document, campaign and example
 * key; verified symbols and dates as the facts give them; unverified fields left empty
 * or marked "chưa xác minh"; each example citing the source its fact names.
 */
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../src/schemas/registry.ts';
import { campaignFacts, dataOf, documentFacts, exampleFacts, idsOf } from './real-content.ts';

const KEYS: [CollectionName, number, string[]][] = [
  ['documents', 12, documentFacts.map((fact) => fact.key)],
  ['campaigns', 8, campaignFacts.map((fact) => fact.key)],
  ['examples', 8, exampleFacts.map((fact) => fact.key)],
];

/** The entries the facts must cover: for documents, those the plan cites (context documents come on top). */
function factEntryIds(collection: CollectionName): string[] {
  return idsOf(collection).filter(
    (id) => collection !== 'documents' || dataOf(collection, id)?.['citedByPlan'] !== false,
  );
}

describe.each(KEYS)('%s: các mục trùng khớp các mã trong dữ kiện', (collection, count, keys) => {
  it(`dữ kiện có ${count} mã`, () => {
    expect(keys).toHaveLength(count);
  });

  it('có mục cho mọi mã, không thừa mục nào', () => {
    expect(factEntryIds(collection)).toEqual([...keys].sort());
  });
});

/** Which field of a document entry an unverified fact stands for. */
const FIELD_OF_UNVERIFIED: Record<string, string> = {
  symbol: 'symbol',
  issued: 'issued',
  adoption_date: 'issued',
  title: 'title',
  exact_title: 'title',
};

describe.each(documentFacts.map((fact) => [fact.key, fact] as const))('văn bản %s', (key, fact) => {
  const data = dataOf('documents', key);
  const unverified = Array.isArray(data?.['unverified']) ? (data['unverified'] as unknown[]) : [];
  const factUnverified = fact.unverified ?? [];

  it('có mục', () => {
    expect(data, `thiếu content/documents/${key}.mdx`).toBeDefined();
  });

  it('số hiệu đúng như dữ kiện đã xác minh', () => {
    if (fact.symbol !== null && !factUnverified.includes('symbol'))
      expect(data?.['symbol']).toBe(fact.symbol);
    else expect(data?.['symbol']).toBeUndefined();
  });

  it('ngày ban hành đúng như dữ kiện đã xác minh, hoặc để trống', () => {
    const issued = fact.verified['issued'];
    if (issued !== undefined) expect(String(data?.['issued'])).toBe(String(issued));
    else expect(data?.['issued']).toBeUndefined();
  });

  const flagged = factUnverified.filter((name) => name in FIELD_OF_UNVERIFIED);
  it.runIf(flagged.length > 0).each(flagged)(
    'dữ kiện chưa xác minh “%s”: để trống hoặc ghi trong unverified',
    (name) => {
      const field = FIELD_OF_UNVERIFIED[name]!;
      expect(
        data?.[field] === undefined || unverified.includes(field),
        `${field} = ${String(data?.[field])}`,
      ).toBe(true);
    },
  );
});

describe.each(exampleFacts.map((fact) => [fact.key, fact] as const))('điển hình %s', (key, fact) => {
  it('dữ kiện có mã và địa chỉ nguồn', () => {
    expect(key).toMatch(/^[a-z0-9-]+$/);
    expect(fact.source).toMatch(/^https:\/\//);
  });

  it('dẫn đúng nguồn ghi trong dữ kiện', () => {
    const source = dataOf('examples', key)?.['source'];
    expect(
      typeof source === 'object' && source !== null ? (source as { url?: unknown }).url : undefined,
    ).toBe(fact.source);
  });
});
