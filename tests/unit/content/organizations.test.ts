/**
 * What issue 16 asks of every organization page, checked on the real content: what the
 * body is, what the plan gave it, what changed in 2025 and how to reach it, in that order;
 * its state now, or, where no source settles it, the change section says so; a way to
 * reach it, or the contact section says why there is none to give.
 */
import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../src/lib/content-check/mdx-body.ts';
import { ownText, ownWordCount } from '../../../src/lib/content-check/own-words.ts';
import { bodyTree, entriesOf, section } from './real-content.ts';

const SECTIONS = ['Đơn vị này là gì', 'Kế hoạch 2022 giao việc gì', 'Thay đổi năm 2025', 'Liên hệ'];

interface Organization {
  status?: { state: string; checked: unknown; source: string };
  contact?: { url: string }[];
}

describe.each(entriesOf('organizations').map((entry) => [entry.id, entry] as const))(
  'đơn vị %s',
  (_id, entry) => {
    const data = entry.data as Organization;

    it('có đủ các phần, đúng thứ tự', () => {
      expect(findHeadings(bodyTree(entry), 2)).toEqual(SECTIONS);
    });

    it('nêu tình trạng hiện nay (kèm ngày kiểm tra, nguồn), hoặc nói rõ điều chưa xác minh', () => {
      if (data.status) {
        expect(data.status.checked).toBeDefined();
        expect(data.status.source).toBeDefined();
      } else {
        expect(ownText(section(entry, 'Thay đổi năm 2025'))).toMatch(/chưa xác minh/i);
      }
    });

    it('cho biết cách liên hệ, hoặc vì sao không có một kênh để nêu', () => {
      const contact = section(entry, 'Liên hệ');
      expect(ownWordCount(contact)).toBeGreaterThan(10);
      if ((data.contact ?? []).length === 0)
        expect(ownText(contact)).toMatch(/chưa (?:xác minh|kiểm tra)|không còn|không có một đầu mối/i);
    });
  },
);
