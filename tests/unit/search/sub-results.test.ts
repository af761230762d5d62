import { describe, expect, it } from 'vitest';
import { bestSubResults } from '../../../src/lib/search/sub-results.ts';

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
