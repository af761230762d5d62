/** Sentences with a date, figure or symbol and no numbered source (unsourced-sentences.ts). */
import { describe, expect, it } from 'vitest';
import { sectionNodes } from '../../../../src/lib/content-check/mdx-body.ts';
import { inspectSource } from '../../../../src/lib/content-check/mdx-policy.ts';
import {
  holdsFact,
  splitSentences,
  unsourcedSentences,
} from '../../../../src/lib/content-check/unsourced-sentences.ts';

const unsourced = (body: string, subject?: string) =>
  unsourcedSentences(inspectSource(body).tree!, subject).map(({ line, sentence }) => `${line}: ${sentence}`);

const FACTS: [sentence: string, fact: boolean][] = [
  ['Từ ngày 1/7/2025, chính quyền địa phương còn hai cấp.', true],
  ['Ủy ban tiếp nhận hơn 10 tỷ đồng.', true],
  ['Văn bản thay thế Quy định 47-QĐ/TW.', true],
  ['Mặt trận là tổ chức liên minh chính trị.', false],
  ['Kế hoạch năm 2022 giao việc này ở mục III.2.1.', false],
  ['Xã Thủy Sơn (tên gọi năm 2022) ở Thủy Nguyên.', false],
  ['Người nghe năm 2026 sẽ hỏi điều này.', false],
  ['Tính đến ngày kiểm tra 7/12/2026, văn bản còn hiệu lực.', false],
  ['Thực hiện 5K và phòng, chống dịch Covid-19.', false],
  ['Ngày ban hành: chưa xác minh, dù có thể là năm 2021.', false],
  ['Năm 2021, thành phố tiếp nhận tiền ủng hộ.', true],
  ['Tháng 1/2026, Đại hội XIV họp.', true],
];

describe('câu có ngày, số liệu hay số hiệu', () => {
  it.each(FACTS)('%s → %s', (sentence, fact) => {
    expect(holdsFact(sentence)).toBe(fact);
  });

  it('số hiệu của chính văn bản trên trang của nó không tính', () => {
    expect(holdsFact('Nghị quyết 45-NQ/TW dành riêng cho Hải Phòng.', '45-NQ/TW')).toBe(false);
    expect(holdsFact('Nghị quyết 45-NQ/TW dành riêng cho Hải Phòng.', '01-KL/TW')).toBe(true);
  });
});

describe('tách câu', () => {
  it('dấu chú thích ngay sau dấu chấm thuộc câu trước', () => {
    expect(splitSentences('Câu một.\uE000 Câu hai[\uE000]. Câu ba? Hết')).toEqual([
      'Câu một.\uE000',
      'Câu hai[\uE000].',
      'Câu ba?',
      'Hết',
    ]);
  });

  it('không tách ở số có dấu chấm hay ngày', () => {
    expect(splitSentences('Hơn 22.000 khay, ngày 4/10/2021. Xong.')).toHaveLength(2);
  });
});

const BODIES: [what: string, body: string, expected: string[]][] = [
  [
    'câu có nguồn sau dấu chấm hay trước dấu chấm',
    'Ngày 1/7/2025 đổi mới.[^a] Ngày 2/7/2025 cũng vậy[^a].\n\n[^a]: [A](https://a.vn/b)',
    [],
  ],
  [
    'câu thiếu nguồn, ở đúng dòng',
    'Mở đầu.\n\nNgày 1/7/2025 đổi mới[^a]. Hơn 10 tỷ đồng.\n\n[^a]: [A](https://a.vn/b)',
    ['3: Hơn 10 tỷ đồng.'],
  ],
  [
    'tiêu đề, câu trích kế hoạch, định nghĩa chú thích không tính',
    '## Thay đổi năm 2025\n\n<PlanQuote plan="2022" paragraph="II.3.3" text="Ngày 18/11" />\n\n[^a]: [Bài ngày 1/7/2025](https://a.vn/b)',
    [],
  ],
  [
    'chữ của liên kết trong sổ tay không tính, chữ quanh nó vẫn tính',
    'Xem [Kết luận 01-KL/TW](/van-ban/01-kl-tw/). Đã có từ năm 2021 (xem [trang](/thay-doi/)).',
    ['1: Đã có từ năm 2021 (xem […]).'],
  ],
  ['câu dẫn đoạn của kế hoạch là có nguồn', '[Đoạn II.2.1](/ke-hoach/2022/#II-2-1) nêu 3 trụ cột.', []],
  [
    'danh sách sau câu có nguồn kết thúc bằng dấu hai chấm',
    'Mục tiêu đến năm 2025[^a]:\n\n- giảm 1,5% mỗi năm;\n- giảm 3% mỗi năm.\n\n[^a]: [A](https://a.vn/b)',
    [],
  ],
  [
    'danh sách sau câu không có nguồn thì từng mục cần nguồn',
    'Mục tiêu:\n\n- giảm 1,5% mỗi năm;\n- giảm 3% mỗi năm[^a].\n\n[^a]: [A](https://a.vn/b)',
    ['3: giảm 1,5% mỗi năm;'],
  ],
  [
    'trong hộp ghi chú cũng tính',
    '<Callout kind="note">\n\nHơn 10 tỷ đồng.\n\n</Callout>',
    ['3: Hơn 10 tỷ đồng.'],
  ],
];

describe('câu có ngày, số liệu hay số hiệu mà không có chú thích nguồn', () => {
  it.each(BODIES)('%s', (_, body, expected) => {
    expect(unsourced(body)).toEqual(expected);
  });
});

describe('một phần của bài', () => {
  const tree = inspectSource('## Một\n\nA.\n\n### Con\n\nB.\n\n## Hai\n\nC.').tree!;

  it('từ tiêu đề đến tiêu đề cùng cấp sau, gồm cả tiêu đề cấp dưới', () => {
    expect(sectionNodes(tree, 'Một').map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(sectionNodes(tree, 'Hai')).toHaveLength(1);
    expect(sectionNodes(tree, 'Không có')).toEqual([]);
  });
});
