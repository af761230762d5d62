import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../../src/lib/content-check/mdx-body.ts';
import { inspectSource } from '../../../../src/lib/content-check/mdx-policy.ts';

const body = [
  '## Mở đầu',
  'Trích: <PlanQuote plan="2022" paragraph="II.1.4" text="Kết luận 01-KL/TW" />',
  '```mdx',
  '## Không phải tiêu đề',
  '<Slideshow />',
  '```',
  'Mã `<Inline />` không tính.',
  '## Nội dung chính ##',
  '<Callout kind="tip">',
  '{/* <Slideshow /> trong chú thích một dòng */} <Callout kind="note" />',
  '{/*',
  '  ## Phần gợi ý trong chú thích',
  '  <Slideshow />',
  '*/}',
  '</Callout>',
].join('\n');

describe('đọc thân bài MDX bằng trình đọc của bản dựng', () => {
  const inspected = inspectSource(body);

  it('không có lỗi: khối mã và chú thích không tính', () => {
    expect(inspected.faults).toEqual([]);
  });

  it('tìm các thành phần và thuộc tính, ở đúng dòng', () => {
    expect(inspected.components).toEqual([
      {
        name: 'PlanQuote',
        line: 2,
        attributes: { plan: '2022', paragraph: 'II.1.4', text: 'Kết luận 01-KL/TW' },
      },
      { name: 'Callout', line: 9, attributes: { kind: 'tip' } },
      { name: 'Callout', line: 10, attributes: { kind: 'note' } },
    ]);
  });

  it('tìm các tiêu đề ##, bỏ qua khối mã và chú thích', () => {
    expect(findHeadings(inspected.tree!, 2)).toEqual(['Mở đầu', 'Nội dung chính']);
  });
});
