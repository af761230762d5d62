import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/feed.ts';

describe('nguồn tin RSS', () => {
  it('mục mới rà soát lên trước, cùng ngày thì theo tên; liên kết và loại mục', () => {
    const items = feedItems([
      { collection: 'themes', id: 'b', title: 'Bình', summary: 'S1', updated: '2022-01-01' },
      { collection: 'documents', id: 'a', title: 'An', summary: 'S2', updated: '2022-01-01' },
      { collection: 'events', id: 'c', title: 'Cúc', summary: 'S3', updated: '2023-05-18' },
    ]);
    expect(items.map((item) => item.link)).toEqual(['/lich/#c', '/van-ban/a/', '/chu-de/b/']);
    expect(items[0]).toEqual({
      title: 'Cúc',
      link: '/lich/#c',
      description: 'S3',
      pubDate: new Date('2023-05-18T00:00:00Z'),
      categories: ['sự kiện'],
    });
  });
});
