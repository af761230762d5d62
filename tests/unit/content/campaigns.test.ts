/**
 * What issue 16 asks of every campaign page, checked on the real content: the sections of
 * the knowledge contract in order, each answering (own words), the contents and the
 * launch sourced, a press award's rules labelled with its edition and years, and what
 * became of it after 2022 sourced or said to be unverified.
 */
import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../src/lib/content-check/mdx-body.ts';
import { ownText, ownWordCount } from '../../../src/lib/content-check/own-words.ts';
import { bodyTree, citesSource, entriesOf, section } from './real-content.ts';

const SECTIONS = [
  'Cuộc vận động yêu cầu gì',
  'Từ khi nào, theo văn bản nào',
  'Ai chủ trì',
  'Tham gia thế nào',
  'Sau năm 2022',
];
/** The section quoting the plan, kept where the page had one. */
const PLAN_SECTION = 'Kế hoạch 2022 nói gì';
/** Sections that state facts: each rests on a numbered source, or says what stays unverified. */
const SOURCED = ['Cuộc vận động yêu cầu gì', 'Từ khi nào, theo văn bản nào', 'Sau năm 2022'];

describe.each(entriesOf('campaigns').map((entry) => [entry.id, entry] as const))(
  'cuộc vận động %s',
  (_id, entry) => {
    it('có đủ các phần, đúng thứ tự', () => {
      expect([SECTIONS, [...SECTIONS, PLAN_SECTION]]).toContainEqual(findHeadings(bodyTree(entry), 2));
    });

    it.each(SECTIONS)('phần "%s" có nội dung', (title) => {
      expect(ownWordCount(section(entry, title))).toBeGreaterThan(10);
    });

    it.each(SOURCED)('phần "%s" dẫn nguồn đánh số, hoặc nói rõ điều chưa xác minh', (title) => {
      const part = section(entry, title);
      expect(citesSource(part) || /chưa xác minh/i.test(ownText(part))).toBe(true);
    });

    it('giải báo chí: thể lệ ghi rõ lần giải và các năm của lần đó', () => {
      if ((entry.data as { kind?: string }).kind !== 'Giải báo chí') return;
      const howTo = ownText(section(entry, 'Tham gia thế nào'));
      expect(howTo).toMatch(/lần thứ [\p{L}\d]+ \(?(?:năm )?\d{4}\s*[–-]\s*\d{4}/u);
    });
  },
);
