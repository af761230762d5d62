/**
 * What issue 16 asks of every model example, checked on the real content: what was done,
 * by whom, where, when and with what result, in that order; the source is a page of its
 * own (the article itself, with its excerpt, cited in the text); the result rests on a
 * source or says the source reports none; a 2022 place name below the province carries
 * a note on what it is now.
 */
import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../src/lib/content-check/mdx-body.ts';
import { ownText } from '../../../src/lib/content-check/own-words.ts';
import { sourceUrlFault } from '../../../src/lib/content-check/source-url.ts';
import { bodyTree, citesSource, entriesOf, section } from './real-content.ts';

const SECTIONS = ['Đã làm gì', 'Ai, ở đâu, khi nào', 'Kết quả', 'Liên hệ với kế hoạch 2022'];
/** A place below the province, or a province merged in 2025: its 2022 name needs a note. */
const RENAMED_PLACE = /huyện|quận|thị xã|thị trấn|\bxã\b|phường|Hải Phòng|Kon Tum/;

interface Example {
  place: string;
  placeNote?: string;
  source: { id?: string; url: string; excerpt?: string };
}

describe.each(entriesOf('examples').map((entry) => [entry.id, entry] as const))(
  'điển hình %s',
  (_id, entry) => {
    const data = entry.data as Example;

    it('có đủ các phần, đúng thứ tự', () => {
      expect(findHeadings(bodyTree(entry), 2)).toEqual(SECTIONS);
    });

    it('nguồn là chính bài viết: một trang cụ thể, có mã, đoạn trích, và được dẫn trong bài', () => {
      expect(sourceUrlFault(data.source.url)).toBeUndefined();
      expect(data.source.id).toBeDefined();
      expect(data.source.excerpt).toBeTruthy();
      expect(entry.body).toContain(`[^${data.source.id}]`);
    });

    it('kết quả có nguồn, hoặc nói rõ nguồn không nêu kết quả', () => {
      const result = section(entry, 'Kết quả');
      expect(citesSource(result) || /nguồn không nêu kết quả cụ thể/i.test(ownText(result))).toBe(true);
    });

    it('địa danh năm 2022 có ghi chú tên gọi', () => {
      if (RENAMED_PLACE.test(data.place)) expect(data.placeNote).toBeTruthy();
    });
  },
);
