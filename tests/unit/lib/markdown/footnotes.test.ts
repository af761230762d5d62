import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { backReferenceLabel, VIETNAMESE_GFM } from '../../../../src/lib/markdown/footnotes.ts';

const BODY = [
  'Ban hành ngày 18/5/2021[^kl01], nhắc lại ở đây[^kl01] và ở kia[^nld].',
  '',
  '| cột | giá trị |',
  '| --- | --- |',
  '| a | 1 |',
  '',
  '[^kl01]: [Kết luận số 01-KL/TW](https://example.org/kl01) — Viện Kiểm sát nhân dân tối cao.',
  '[^nld]: [Đẩy mạnh hơn nữa việc học tập Bác Hồ](https://example.org/nld)',
  '',
].join('\n');

describe('chú thích nguồn ghi bằng tiếng Việt', () => {
  it.each([
    [1, 1, 'Quay lại chỗ dẫn 1'],
    [2, 1, 'Quay lại chỗ dẫn 2'],
    [1, 2, 'Quay lại chỗ dẫn 1 (lần thứ 2)'],
  ])('nguồn %i, lần dẫn %i: "%s"', (reference, rerun, label) => {
    expect(backReferenceLabel(reference, rerun)).toBe(label);
  });

  it('phần chú thích có tiêu đề "Nguồn", các đường quay lại có nhãn tiếng Việt', () => {
    const { html } = markdownToHtml(BODY, { features: { gfm: VIETNAMESE_GFM } });
    expect(html).toMatch(/<h2[^>]*id="footnote-label"[^>]*>Nguồn<\/h2>/);
    expect(html).not.toContain('Footnotes');
    expect(html).not.toContain('Back to reference');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn 1"');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn 1 (lần thứ 2)"');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn 2"');
    expect(html).toContain('href="https://example.org/kl01"');
  });

  it('các phần khác của GFM vẫn bật (bảng)', () => {
    const { html } = markdownToHtml(BODY, { features: { gfm: VIETNAMESE_GFM } });
    expect(html).toContain('<table>');
  });

  it('bài MDX cũng vậy', () => {
    const { code } = mdxToJs(BODY, { features: { gfm: VIETNAMESE_GFM } });
    expect(code).toContain('Nguồn');
    expect(code).toContain('Quay lại chỗ dẫn 1');
    expect(code).not.toContain('Back to reference');
  });
});
