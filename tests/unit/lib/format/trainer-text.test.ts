import { describe, expect, it } from 'vitest';
import {
  citationNumbers,
  citedSources,
  countWords,
  linkTargets,
  parseTrainerText,
  uncitedSources,
  visibleText,
} from '../../../../src/lib/format/trainer-text.ts';

describe('parseTrainerText', () => {
  it('mỗi dòng không trống là một đoạn', () => {
    expect(parseTrainerText('Đoạn một.\n\nĐoạn hai.\n  \nĐoạn ba.')).toEqual([
      [{ kind: 'text', text: 'Đoạn một.' }],
      [{ kind: 'text', text: 'Đoạn hai.' }],
      [{ kind: 'text', text: 'Đoạn ba.' }],
    ]);
  });

  it('đọc liên kết trong sổ tay và dấu dẫn nguồn, giữ nguyên chữ xung quanh', () => {
    expect(parseTrainerText('Xem [đoạn II.4.2](/ke-hoach/2022/#II-4-2), ngày 12/12/2013[^qd217].')).toEqual([
      [
        { kind: 'text', text: 'Xem ' },
        { kind: 'link', text: 'đoạn II.4.2', href: '/ke-hoach/2022/#II-4-2' },
        { kind: 'text', text: ', ngày 12/12/2013' },
        { kind: 'cite', id: 'qd217' },
        { kind: 'text', text: '.' },
      ],
    ]);
  });

  it('dấu ngoặc vuông không có đường dẫn là chữ thường', () => {
    expect(parseTrainerText('[Hỏi lớp] Ai đã dự Ngày hội?')).toEqual([
      [{ kind: 'text', text: '[Hỏi lớp] Ai đã dự Ngày hội?' }],
    ]);
  });
});

describe('countWords', () => {
  it.each([
    ['Dân biết, dân bàn, dân làm.', 6],
    ['Xem [đoạn II.4.2](/ke-hoach/2022/#II-4-2)[^a].', 3],
    ['Một - hai – ba', 3],
    ['Dòng một.\nDòng hai.', 4],
    ['', 0],
  ])('%j có %i chữ', (text, words) => expect(countWords(text)).toBe(words));
});

describe('visibleText', () => {
  it('giữ chữ của liên kết, bỏ đường dẫn và dấu dẫn nguồn', () => {
    expect(visibleText('Xem [trang văn bản](/van-ban/217-qd-tw/)[^x].')).toBe('Xem trang văn bản.');
  });
});

describe('citedSources và linkTargets', () => {
  const text = 'A[^b]. B[^a] [x](/van-ban/) C[^b].\n[y](https://vi.wikipedia.org/) D.';

  it('liệt kê nguồn theo thứ tự dẫn lần đầu, mỗi nguồn một lần', () => {
    expect(citedSources(text)).toEqual(['b', 'a']);
  });

  it('liệt kê đích của mọi liên kết, kể cả đích sai để trường kiểm tra báo lỗi', () => {
    expect(linkTargets(text)).toEqual(['/van-ban/', 'https://vi.wikipedia.org/']);
  });
});

describe('citationNumbers', () => {
  it('đánh số nguồn theo thứ tự xuất hiện trên trang; nguồn dẫn lại giữ số cũ', () => {
    expect([...citationNumbers(['Một[^c].', 'Hai[^a]. Ba[^c].', 'Bốn[^b].'])]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });
});

describe('uncitedSources', () => {
  it('giữ nguồn không được văn bản nào dẫn, và nguồn không có mã', () => {
    const links = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, {}];
    expect(
      uncitedSources(links, ['Thân bài[^a].\n\n[^a]: [A](https://a.example/)', 'Lời giảng[^c].']),
    ).toEqual([{ id: 'b' }, {}]);
  });
});
