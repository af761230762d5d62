/** Own words of a body: the site's text, without plan quotes, tags, link targets or the source list. */
import { describe, expect, it } from 'vitest';
import { inspectSource } from '../../../../src/lib/content-check/mdx-policy.ts';
import { ownText, ownWordCount } from '../../../../src/lib/content-check/own-words.ts';

const tree = (body: string) => inspectSource(body).tree!;

const CASES: [what: string, body: string, words: number][] = [
  ['một câu, mỗi âm tiết một từ', 'Mặt trận tập hợp nhân dân.', 6],
  ['tiêu đề được tính', '## Mục đích\n\nĐoàn kết.', 4],
  [
    'không tính câu trích kế hoạch',
    'Kế hoạch viết:\n\n<PlanQuote plan="2022" paragraph="II.1.1" text="Tuyên truyền sâu rộng" />',
    3,
  ],
  [
    'không tính địa chỉ liên kết, tính chữ của liên kết',
    'Xem [bài báo](https://nhandan.vn/bai-viet-dai-lam-123.html) này.',
    4,
  ],
  [
    'không tính định nghĩa chú thích, dấu chú thích',
    'Ngày 1/7/2025[^a].\n\n[^a]: [Một bài rất dài](https://a.vn/b) — báo.',
    2,
  ],
  [
    'không tính thẻ và thuộc tính, tính chữ bên trong',
    '<Callout kind="tip" title="Gợi ý hay">Hãy đọc kỹ.</Callout>',
    3,
  ],
  ['dấu gạch đứng riêng không là từ', 'Cách ly - xét nghiệm - điều trị', 6],
  ['mục danh sách và ô bảng', '- Một\n- Hai ba\n\n| Cột | Giá trị |\n| --- | --- |\n| a | 1 |', 8],
  ['khối mã không tính', '```\nmã nguồn ở đây\n```\n\nChữ.', 1],
  ['các khối không dính vào nhau', '## Đầu\nThân', 2],
];

describe('đếm lời của sổ tay (âm tiết)', () => {
  it.each(CASES)('%s', (_, body, words) => {
    expect(ownWordCount(tree(body))).toBe(words);
  });

  it('lời riêng là chữ người đọc thấy, không có địa chỉ', () => {
    expect(ownText(tree('Xem [bài](https://a.vn/b).')).trim()).toBe('Xem bài.');
  });
});
