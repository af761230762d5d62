import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadContent } from '../../../src/lib/content-check/load.ts';
import type { ReferenceFactory } from '../../../src/schemas/common.ts';
import { collectionSchemas } from '../../../src/schemas/index.ts';

const reference: ReferenceFactory = (collection) =>
  z.preprocess((v) => String(v), z.string()).transform((id) => ({ collection, id }));
const schemas = collectionSchemas({ reference });
const { entries } = loadContent(['tests/unit/fixtures/content/valid']);
const sample = (collection: string) =>
  structuredClone(entries.find((e) => e.collection === collection)!.data) as Record<string, unknown>;

const SOURCE = {
  id: 'nguon-thu',
  url: 'https://example.org/van-ban-thu.html',
  title: 'Toàn văn văn bản thử',
  excerpt: 'Một câu trích thử.',
};

/** A copy of `data` without the given keys. */
function without(data: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
}

/** The messages of a failed parse, or [] when it succeeds. */
function messages(schema: z.ZodType, data: unknown): string[] {
  return (
    schema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
  );
}

describe('văn bản: trích dẫn trong kế hoạch hay văn bản bối cảnh', () => {
  const context = () => {
    const rest = without(sample('documents'), 'plan', 'sources', 'planQuotes');
    return { ...rest, citedByPlan: false, links: [SOURCE] };
  };

  it('văn bản bối cảnh không cần plan, sources, planQuotes', () => {
    expect(messages(schemas.documents, context())).toEqual([]);
    const data = schemas.documents.parse(context());
    expect(data.sources).toEqual([]);
    expect(data.planQuotes).toEqual([]);
  });

  it('mặc định là văn bản kế hoạch trích dẫn: khi đó thiếu plan, sources, planQuotes là lỗi', () => {
    const cited = without(context(), 'citedByPlan');
    expect(messages(schemas.documents, cited)).toEqual([
      expect.stringMatching(/^plan: thiếu trường bắt buộc/),
      expect.stringMatching(/^sources: .*ít nhất một mã đoạn/),
      expect.stringMatching(/^planQuotes: .*ít nhất một câu trích/),
    ]);
  });

  it('fullText phải có trong links', () => {
    expect(messages(schemas.documents, { ...context(), fullText: SOURCE.url })).toEqual([]);
    expect(messages(schemas.documents, { ...context(), fullText: 'https://example.org/khac.html' })).toEqual([
      expect.stringMatching(/^fullText: .*phải có cả trong links/),
    ]);
  });
});

describe('văn bản: hiệu lực hiện nay', () => {
  const withStatus = (status: Record<string, unknown>) => ({
    ...sample('documents'),
    links: [SOURCE],
    status: { checked: '2026-12-07', ...status },
  });

  it.each([
    [{ state: 'in-force', source: 'nguon-thu' }],
    [{ state: 'replaced', replacedBy: '226-2025-qh15', note: 'Đã được thay thế.', source: 'nguon-thu' }],
    [{ state: 'historical', source: 'nguon-thu' }],
    [{ state: 'unverified', note: 'Chưa xác minh.' }],
  ])('%o hợp lệ', (status) => {
    expect(messages(schemas.documents, withStatus(status))).toEqual([]);
  });

  it.each([
    [{ state: 'in-force' }, /^status\.source: thiếu nguồn/],
    [{ state: 'in-force', source: 'khong-co' }, /^status\.source: không có nguồn nào .*"khong-co"/],
    [
      { state: 'historical', replacedBy: 'x', source: 'nguon-thu' },
      /^status\.replacedBy: chỉ ghi văn bản thay thế khi state là replaced/,
    ],
    [{ state: 'dang-hieu-luc', source: 'nguon-thu' }, /^status\.state: /],
  ])('%o bị báo lỗi', (status, message) => {
    expect(messages(schemas.documents, withStatus(status))).toEqual([expect.stringMatching(message)]);
  });

  it('thiếu ngày kiểm tra là lỗi', () => {
    const data = withStatus({ state: 'in-force', source: 'nguon-thu' });
    delete (data.status as Record<string, unknown>)['checked'];
    expect(messages(schemas.documents, data)).toEqual([expect.stringMatching(/^status\.checked: /)]);
  });
});

describe('nguồn: mã chú thích và đoạn trích', () => {
  it('mã chỉ gồm chữ thường không dấu, số và gạch nối', () => {
    const data = { ...sample('documents'), links: [{ ...SOURCE, id: 'Nguồn 1' }] };
    expect(messages(schemas.documents, data)).toEqual([
      expect.stringMatching(/^links\.0\.id: mã nguồn chỉ gồm/),
    ]);
  });

  it('đoạn trích không quá 400 ký tự', () => {
    const data = { ...sample('documents'), links: [{ ...SOURCE, excerpt: 'chữ '.repeat(101) }] };
    expect(messages(schemas.documents, data)).toEqual([
      expect.stringMatching(/^links\.0\.excerpt: đoạn trích dài quá 400/),
    ]);
  });

  it('nguồn của mô hình (source) cũng có mã và đoạn trích', () => {
    const data = { ...sample('examples'), source: SOURCE, placeNote: 'tên gọi năm 2022' };
    expect(messages(schemas.examples, data)).toEqual([]);
  });
});

describe('đơn vị: liên hệ và tình trạng', () => {
  const organization = (extra: Record<string, unknown>) => ({
    ...sample('organizations'),
    links: [SOURCE],
    ...extra,
  });

  it('liên hệ và tình trạng có nguồn hợp lệ', () => {
    const data = organization({
      contact: [{ label: 'Cổng thông tin thử', url: 'https://example.org/' }],
      status: { state: 'renamed', note: 'Đã đổi tên.', checked: '2026-12-07', source: 'nguon-thu' },
      changes: ['thay-doi-thu'],
    });
    expect(messages(schemas.organizations, data)).toEqual([]);
  });

  it('nguồn của tình trạng phải có trong links', () => {
    const data = organization({ status: { state: 'abolished', checked: '2026-12-07', source: 'khac' } });
    expect(messages(schemas.organizations, data)).toEqual([
      expect.stringMatching(/^status\.source: không có nguồn nào/),
    ]);
  });
});

describe('thay đổi từ năm 2022', () => {
  it('mỗi nguồn cần mã và đoạn trích', () => {
    const data = sample('changes');
    const links = data['links'] as Record<string, unknown>[];
    delete links[0]!['excerpt'];
    expect(messages(schemas.changes, data)).toEqual([
      expect.stringMatching(/^links\.0\.excerpt: mỗi nguồn của một thay đổi/),
    ]);
  });

  it('cần ít nhất một nguồn', () => {
    expect(messages(schemas.changes, { ...sample('changes'), links: [] })).toEqual([
      expect.stringMatching(/^links: cần ít nhất một nguồn/),
    ]);
  });

  it('các loại mục khác tham chiếu thay đổi qua trường changes', () => {
    for (const collection of [
      'themes',
      'documents',
      'campaigns',
      'examples',
      'organizations',
      'events',
      'glossary',
      'pages',
    ] as const) {
      const data = schemas[collection].parse({ ...sample(collection), changes: ['thay-doi-thu'] }) as {
        changes: unknown;
      };
      expect(data.changes, collection).toEqual([{ collection: 'changes', id: 'thay-doi-thu' }]);
    }
  });
});

describe('trang đứng riêng', () => {
  it('không cần kế hoạch; có sources thì cần plan', () => {
    const page = without(sample('pages'), 'plan', 'sources');
    expect(messages(schemas.pages, page)).toEqual([]);
    expect(messages(schemas.pages, { ...page, sources: ['III.2.1'] })).toEqual([
      expect.stringMatching(/^plan: trang có sources/),
    ]);
  });
});
