/**
 * What issue 16 asks of every document page, checked on the real content: the five
 * sections in order (a context document explains why trainers need it instead of how the
 * plan cites it), what it requires, its structure or a plain "chưa xác minh", a status
 * with the day it was checked, its source footnoted where the page states the status, a
 * replaced document naming its successor, a public full text among its sources, numbered
 * sources that resolve to links carrying the excerpt they rest on, and no home page or
 * listing standing in for a source, and link titles written for a reader rather than as an
 * editor's note (audit F2) — the last two on every kind that lists sources.
 */
import { describe, expect, it } from 'vitest';
import type { MdastNode } from 'satteri';
import { findHeadings } from '../../../src/lib/content-check/mdx-body.ts';
import { inspectSource } from '../../../src/lib/content-check/mdx-policy.ts';
import { ownText, ownWordCount } from '../../../src/lib/content-check/own-words.ts';
import { sourceUrlFault } from '../../../src/lib/content-check/source-url.ts';
import { allEntryData, citesSource, dataOf, entriesOf, section, type EntryData } from './real-content.ts';

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

/** The labels of the footnotes a tree cites. */
function citedLabels(tree: MdastNode, found: string[] = []): string[] {
  const node = tree as unknown as { type: string; label?: string; children?: MdastNode[] };
  if (node.type === 'footnoteReference' && node.label) found.push(node.label);
  for (const child of node.children ?? []) citedLabels(child, found);
  return found;
}

/** What the audit (F2) found in titles shown to readers: notes meant for editors. */
const EDITOR_JARGON = /trang chủ|nguồn được ghi nhận|dữ kiện|cited\.yaml|examples\.yaml|sources\/facts/i;

interface Status {
  state?: string;
  checked?: unknown;
  source?: string;
  replacedBy?: string;
}

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
      const status = data?.['status'] as Status | undefined;
      expect(status?.state).toBeDefined();
      expect(status?.checked).toBeDefined();
    });

    it('phần "Hiệu lực hiện nay" dẫn nguồn của hiệu lực, hoặc nói rõ chưa xác minh', () => {
      const status = data?.['status'] as Status | undefined;
      const part = section(entry, 'Hiệu lực hiện nay');
      if (status?.source) expect(citedLabels(part)).toContain(status.source);
      else expect(ownText(part)).toMatch(/chưa xác minh/i);
    });

    it('văn bản đã được thay thế nêu văn bản thay thế, và văn bản đó có trang', () => {
      const status = data?.['status'] as Status | undefined;
      if (status?.state !== 'replaced') return;
      expect(status.replacedBy).toBeDefined();
      expect(dataOf('documents', String(status.replacedBy))).toBeDefined();
    });

    it('phần "Mục tiêu và nhiệm vụ chính" trả lời văn bản yêu cầu gì, có nguồn', () => {
      const part = section(entry, 'Mục tiêu và nhiệm vụ chính');
      expect(ownWordCount(part)).toBeGreaterThan(60);
      expect(citesSource(part) || /chưa xác minh/i.test(ownText(part))).toBe(true);
    });

    it('phần "Bố cục" nêu bố cục có nguồn, hoặc nói rõ chưa xác minh', () => {
      const part = section(entry, 'Bố cục');
      expect(citesSource(part) || /chưa xác minh/i.test(ownText(part))).toBe(true);
    });

    it('toàn văn công khai (nếu có) là một nguồn trong links', () => {
      const fullText = data?.['fullText'];
      if (typeof fullText === 'string') expect(linksOf(data).map((link) => link.url)).toContain(fullText);
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

describe.each(allEntryData().map(({ entry, data }) => [`${entry.collection}/${entry.id}`, data] as const))(
  '%s',
  (_name, data) => {
    it('không dẫn trang chủ hay trang danh sách thay cho một trang nguồn cụ thể', () => {
      const source = data['source'] as Link | undefined;
      const urls = [...linksOf(data), ...(source ? [source] : [])].map((link) => link.url);
      expect(urls.filter((url) => sourceUrlFault(url) !== undefined)).toEqual([]);
    });

    it('tiêu đề nguồn tả trang cho người đọc, không mang lời ghi chú của người soạn', () => {
      const source = data['source'] as (Link & { title?: string }) | undefined;
      const titles = [...(linksOf(data) as (Link & { title?: string })[]), ...(source ? [source] : [])].map(
        (link) => link.title ?? '',
      );
      expect(titles.filter((title) => EDITOR_JARGON.test(title))).toEqual([]);
    });
  },
);
