import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { footnoteAnchor, footnoteNumbers } from '../../../../src/lib/format/footnotes.ts';
import {
  backReferenceLabel,
  VIETNAMESE_GFM,
  visibleFootnotesHeading,
} from '../../../../src/lib/markdown/footnotes.ts';
import { startTags, textOf } from '../../../../src/lib/text/html.ts';

/**
 * axe's "label in name" test (label-content-name-mismatch, axe-core 4.11+): the words and
 * numbers a link shows must appear, in order, among those of its accessible name once
 * parenthesised text is dropped from the name; symbols such as ↩ do not count.
 */
function labelContainsVisibleText(label: string, shownText: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shown = words(shownText);
  const name = words(label.replace(/\([^()]*\)/g, ''));
  if (shown.length === 0) return true;
  return name.some((_, start) => shown.every((word, i) => name[start + i] === word));
}

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
    [1, 2, 'Quay lại chỗ dẫn 1, lần thứ 2'],
    [3, 4, 'Quay lại chỗ dẫn 3, lần thứ 4'],
  ])('nguồn %i, lần dẫn %i: "%s"', (reference, rerun, label) => {
    expect(backReferenceLabel(reference, rerun)).toBe(label);
  });

  it('phần chú thích có tiêu đề "Nguồn", các đường quay lại có nhãn tiếng Việt', () => {
    const { html } = markdownToHtml(BODY, { features: { gfm: VIETNAMESE_GFM } });
    expect(startTags(html).find((tag) => tag.attributes.get('id') === 'footnote-label')).toMatchObject({
      name: 'h2',
      text: 'Nguồn',
    });
    expect(html).not.toContain('Footnotes');
    expect(html).not.toContain('Back to reference');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn 1"');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn 1, lần thứ 2"');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn 2"');
    expect(html).toContain('href="https://example.org/kl01"');
  });

  it('tiêu đề "Nguồn" hiện ra cho mọi người đọc, không chỉ cho trình đọc màn hình', () => {
    const options = { features: { gfm: VIETNAMESE_GFM }, hastPlugins: [visibleFootnotesHeading] };
    const { html } = markdownToHtml(BODY, options);
    expect(html).toMatch(/<h2 id="footnote-label">Nguồn<\/h2>/);
    expect(html).not.toContain('sr-only');
    // Other headings keep what they had.
    expect(markdownToHtml('## Mục đích\n', options).html).toBe('<h2>Mục đích</h2>\n');
  });

  it('chữ hiện trên mỗi đường quay lại (↩, ↩2…) có trong nhãn của nó, như axe đòi (label-content-name-mismatch)', () => {
    const { html } = markdownToHtml(BODY, { features: { gfm: VIETNAMESE_GFM } });
    const backLinks = startTags(html).filter((tag) => tag.name === 'a' && tag.attributes.has('aria-label'));
    expect(backLinks).toHaveLength(3);
    for (const { attributes, text } of backLinks) {
      const label = attributes.get('aria-label')!;
      expect(labelContainsVisibleText(label, text), `${label} / ${text}`).toBe(true);
    }
    // The old label, "(lần thứ 2)", hid the number from axe: the link shows "↩" and a superscript 2.
    expect(labelContainsVisibleText('Quay lại chỗ dẫn 1 (lần thứ 2)', textOf('↩<sup>2</sup>'))).toBe(false);
  });

  it('số của mỗi nguồn và neo của nó đúng như Sätteri đánh: theo lần dẫn đầu tiên, không theo định nghĩa', () => {
    const body = [
      'Sau[^sau] rồi trước[^truoc], lại sau[^sau].',
      '',
      '[^truoc]: [A](https://a.example)',
      '[^sau]: [B](https://b.example)',
      '',
    ].join('\n');
    const numbers = footnoteNumbers(body);
    expect([...numbers]).toEqual([
      ['sau', 1],
      ['truoc', 2],
    ]);
    const { html } = markdownToHtml(body, { features: { gfm: VIETNAMESE_GFM } });
    for (const [label, number] of numbers) {
      expect(html).toContain(
        `<a href="#${footnoteAnchor(label)}" id="user-content-fnref-${label}" data-footnote-ref aria-describedby="footnote-label">${number}</a>`,
      );
      expect(html).toContain(`<li id="${footnoteAnchor(label)}">`);
    }
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
