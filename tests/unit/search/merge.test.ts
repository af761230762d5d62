import { describe, expect, it } from 'vitest';
import { mergeByPage } from '../../../src/lib/search/merge.ts';

describe('mergeByPage', () => {
  it('mỗi trang một lần, giữ điểm cao nhất sau khi nhân trọng số', () => {
    const merged = mergeByPage([
      {
        weight: 1,
        results: [
          { id: 'a', score: 2 },
          { id: 'b', score: 1 },
        ],
      },
      {
        weight: 0.5,
        results: [
          { id: 'b', score: 10 },
          { id: 'c', score: 1 },
        ],
      },
    ]);
    expect(merged.map(({ page, score }) => [page.id, score])).toEqual([
      ['b', 5],
      ['a', 2],
      ['c', 0.5],
    ]);
  });

  it('giữ đối tượng của lượt tìm cho điểm cao nhất; điểm bằng nhau giữ thứ tự lượt tìm', () => {
    const first = { id: 'a', score: 1, from: 'first' };
    const second = { id: 'a', score: 1, from: 'second' };
    const tie = { id: 'z', score: 1, from: 'second' };
    const merged = mergeByPage([
      { weight: 1, results: [first] },
      { weight: 1, results: [second, tie] },
    ]);
    expect(merged.map(({ page }) => page)).toEqual([first, tie]);
  });

  it('không có kết quả thì rỗng', () => {
    expect(mergeByPage([])).toEqual([]);
  });
});
