import { describe, expect, it } from 'vitest';
import {
  needsTableOfContents,
  readContent,
  TOC_MIN_SECTIONS,
  TOC_MIN_TEXT,
} from '../../../src/lib/table-of-contents.ts';

describe('readContent', () => {
  it('lấy các tiêu đề cấp 2 có id, theo thứ tự, chữ đã giải mã', () => {
    const html = `
      <section aria-labelledby="thong-diep"><h2 id="thong-diep" class="text-xl">Thông điệp chính</h2></section>
      <h3 id="cap">Cấp thành phố</h3>
      <div class="prose"><h2 id="hieu-cho-dung">Hiểu cho <em>đúng</em> &amp; đủ</h2></div>
      <h2>Không có id</h2>
      <h2 data-x=">" id='nguon'>Nguồn “công khai”</h2>`;
    expect(readContent(html).headings).toEqual([
      { id: 'thong-diep', text: 'Thông điệp chính' },
      { id: 'hieu-cho-dung', text: 'Hiểu cho đúng & đủ' },
      { id: 'nguon', text: 'Nguồn “công khai”' },
    ]);
  });
});

describe('needsTableOfContents', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, text: `Mục ${i}` }));
  const text = (length: number) => readContent(`<p>${'a'.repeat(length)}</p>`).text;

  it.each([
    [TOC_MIN_SECTIONS, TOC_MIN_TEXT, true],
    [TOC_MIN_SECTIONS - 1, TOC_MIN_TEXT * 3, false],
    [TOC_MIN_SECTIONS + 4, TOC_MIN_TEXT - 1, false],
  ])('%i phần, %i ký tự → %s', (sections, length, expected) => {
    expect(needsTableOfContents(items(sections), text(length))).toBe(expected);
  });
});
