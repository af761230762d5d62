/**
 * What issue 16 asks of every document page, checked on the real content: the five
 * sections in order (a context document explains why trainers need it instead of how the
 * plan cites it), a status with the day it was checked, numbered sources that resolve to
 * links carrying the excerpt they rest on, and no homepage standing in for a source.
 * The same source rules hold for the changes since 2022 and the stand-alone pages.
 */
import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../src/lib/content-check/mdx-body.ts';
import { inspectSource } from '../../../src/lib/content-check/mdx-policy.ts';
import { dataOf, entriesOf, type EntryData } from './real-content.ts';

/** The `##` sections of a document page, in order. */
const SECTIONS = ['Mục đích', 'Mục tiêu và nhiệm vụ chính', 'Bố cục', 'Hiệu lực hiện nay'];
const CITED_LAST = 'Kế hoạch 2022 dẫn văn bản này thế nào';
const CONTEXT_LAST = 'Vì sao báo cáo viên cần biết';

interface Link {
  id?: string;
  url: string;
  excerpt?: string;
}

const linksOf = (data: EntryData | undefined): Link[] =>
  Array.isArray(data?.['links']) ? (data['links'] as Link[]) : [];

/** A URL that names a site rather than a page: nothing, or only `/`, after the host. */
const isHomepage = (url: string): boolean => /^https?:\/\/[^/]+\/?$/.test(url);

/** Footnote labels used in a body, and each definition's label with the URL it links to. */
function footnotes(body: string): { used: Set<string>; defined: Map<string, string> } {
  const defined = new Map(
    [...body.matchAll(/^\[\^([^\]]+)\]:\s*\[[^\]]*\]\(([^)\s]+)\)/gm)].map((m) => [m[1]!, m[2]!] as const),
  );
  const used = new Set(
    body
      .split('\n')
      .filter((line) => !/^\[\^[^\]]+\]:/.test(line))
      .flatMap((line) => [...line.matchAll(/\[\^([^\]]+)\]/g)].map((m) => m[1]!)),
  );
  return { used, defined };
}

describe.each(entriesOf('documents').map((entry) => [entry.id, entry] as const))(
  'văn bản %s',
  (id, entry) => {
    const data = dataOf('documents', id);
    const cited = data?.['citedByPlan'] !== false;

    it('có đủ các phần, đúng thứ tự', () => {
      expect(findHeadings(inspectSource(entry.body).tree!, 2)).toEqual([
        ...SECTIONS,
        cited ? CITED_LAST : CONTEXT_LAST,
      ]);
    });

    it('nêu hiệu lực hiện nay và ngày kiểm tra', () => {
      const status = data?.['status'] as { state?: string; checked?: unknown } | undefined;
      expect(status?.state).toBeDefined();
      expect(status?.checked).toBeDefined();
    });

    it('văn bản bối cảnh không mang nguồn gốc từ kế hoạch', () => {
      if (!cited) {
        expect(data?.['plan']).toBeUndefined();
        expect(data?.['sources'] ?? []).toEqual([]);
      }
    });

    it('mỗi chú thích là một nguồn trong links, cùng địa chỉ, có đoạn trích', () => {
      const links = new Map(linksOf(data).map((link) => [link.id, link]));
      const { used, defined } = footnotes(entry.body);
      for (const label of used) {
        expect(links.get(label), `[^${label}] không có trong links`).toBeDefined();
        expect(defined.get(label), `[^${label}] chưa có định nghĩa`).toBe(links.get(label)?.url);
      }
      for (const link of linksOf(data)) {
        expect(link.id, link.url).toBeDefined();
        expect(link.excerpt, link.url).toBeTruthy();
      }
    });
  },
);

describe.each(
  [...entriesOf('documents'), ...entriesOf('changes'), ...entriesOf('pages')].map(
    (entry) => [`${entry.collection}/${entry.id}`, entry] as const,
  ),
)('%s', (_name, entry) => {
  it('không dẫn trang chủ thay cho một trang nguồn cụ thể', () => {
    const homepages = linksOf(entry.data as EntryData).filter((link) => isHomepage(link.url));
    expect(homepages.map((link) => link.url)).toEqual([]);
  });
});
