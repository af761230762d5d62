import { describe, expect, it } from 'vitest';
import { bestSubResults, ENTRIES_LAYOUT, resultHeadline } from '../../../src/lib/search/sub-results.ts';

const section = (url: string, scores: number[], anchor = true) => ({
  title: url,
  url,
  excerpt: '',
  ...(anchor ? { anchor: { id: url } } : {}),
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('bestSubResults', () => {
  it('đề mục có nhiều từ khớp nhất trước; bỏ phần trước đề mục đầu tiên; có giới hạn', () => {
    const sections = [
      section('/p/', [9], false),
      section('#a', [1]),
      section('#b', [2, 3]),
      section('#c', [4]),
    ];
    expect(bestSubResults(sections, 2).map((s) => s.url)).toEqual(['#b', '#c']);
  });

  it('điểm bằng nhau giữ thứ tự trong trang', () => {
    expect(bestSubResults([section('#x', [1]), section('#y', [1])], 3).map((s) => s.url)).toEqual([
      '#x',
      '#y',
    ]);
  });
});

describe('resultHeadline', () => {
  const sections = [section('/thuat-ngu/#mttq', [2]), section('/thuat-ngu/#ubmttq', [1])];
  const page = { url: '/thuat-ngu/', title: 'Thuật ngữ và chữ viết tắt' };

  it('trang gồm các mục ngắn: kết quả là mục khớp nhất, các mục khác ở dưới', () => {
    expect(resultHeadline({ ...page, layout: ENTRIES_LAYOUT }, sections)).toEqual({
      title: '/thuat-ngu/#mttq',
      url: '/thuat-ngu/#mttq',
      sections: [sections[1]],
    });
  });

  it('trang gồm các mục ngắn mà không khớp mục nào: vẫn là trang', () => {
    expect(resultHeadline({ ...page, layout: ENTRIES_LAYOUT }, [])).toEqual({ ...page, sections: [] });
  });

  it('trang thường: tiêu đề và địa chỉ của trang, đủ các mục', () => {
    expect(resultHeadline(page, sections)).toEqual({ ...page, sections });
  });
});
