import { describe, expect, it } from 'vitest';
import { groupBy, largestFirst, timeline } from '../../../src/lib/browse.ts';

describe('groupBy', () => {
  const items = [
    { name: 'a', kind: 'Phong trào thi đua' },
    { name: 'b', kind: 'Cuộc vận động' },
    { name: 'c', kind: 'Phong trào thi đua' },
  ];

  it('giữ thứ tự gặp lần đầu', () => {
    expect(groupBy(items, (i) => i.kind).map((g) => [g.key, g.items.map((i) => i.name)])).toEqual([
      ['Phong trào thi đua', ['a', 'c']],
      ['Cuộc vận động', ['b']],
    ]);
  });

  it('theo thứ tự cho trước, bỏ nhóm rỗng', () => {
    const groups = groupBy(items, (i) => i.kind, ['Cuộc vận động', 'Giải báo chí', 'Phong trào thi đua']);
    expect(groups.map((g) => g.key)).toEqual(['Cuộc vận động', 'Phong trào thi đua']);
  });

  it('một mục có thể thuộc nhiều nhóm', () => {
    const groups = groupBy([{ n: 'x', tags: ['a', 'b'] }], (i) => i.tags);
    expect(groups.map((g) => g.key)).toEqual(['a', 'b']);
  });
});

it('largestFirst: nhóm đông trước, rồi theo tên', () => {
  const groups = largestFirst([
    { key: 'Kon Tum', items: [1] },
    { key: 'Hải Phòng', items: [1, 2, 3] },
    { key: 'Hà Nội', items: [1] },
  ]);
  expect(groups.map((g) => g.key)).toEqual(['Hải Phòng', 'Hà Nội', 'Kon Tum']);
});

describe('timeline', () => {
  const documents = [
    { id: '21-kl-tw', issued: '2021-10-25' },
    { id: 'nq-quoc-hoi', issued: undefined },
    { id: '217-qd-tw', issued: '2013-12-12' },
    { id: '01-kl-tw', issued: '2021-05-18' },
  ];
  const result = timeline(documents, (d) => d.issued);

  it('xếp văn bản có ngày theo năm, cũ trước', () => {
    expect(result.years.map((y) => [y.key, y.items.map((d) => d.id)])).toEqual([
      [2013, ['217-qd-tw']],
      [2021, ['01-kl-tw', '21-kl-tw']],
    ]);
  });

  it('để riêng văn bản chưa xác minh ngày', () => {
    expect(result.undated.map((d) => d.id)).toEqual(['nq-quoc-hoi']);
  });
});
