import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../../../../src/lib/citation-map/graph.ts';
import { layoutCitationMap, roundedPath, wrapLabel } from '../../../../src/lib/citation-map/layout.ts';

describe('wrapLabel', () => {
  it.each([
    ['Kết luận 01-KL/TW', 24, 4, ['Kết luận 01-KL/TW']],
    ['Người Việt Nam ưu tiên dùng hàng Việt Nam', 24, 4, ['Người Việt Nam ưu tiên', 'dùng hàng Việt Nam']],
    ['một hai ba bốn năm sáu', 7, 2, ['một hai', 'ba bốn…']],
    ['Siêu-dài-không-ngắt-được ngắn', 8, 3, ['Siêu-dài-không-ngắt-được', 'ngắn']],
  ] as const)('%s', (text, width, lines, expected) => {
    expect(wrapLabel(text, width, lines)).toEqual(expected);
  });
});

describe('roundedPath', () => {
  it('đoạn thẳng giữ nguyên, góc được bo', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0 0L10 0');
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 20, y: 0 },
          { x: 20, y: 20 },
        ],
        6,
      ),
    ).toBe('M0 0L14 0Q20 0 20 6L20 20');
  });

  it('bán kính không quá nửa đoạn ngắn nhất', () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 4, y: 0 },
          { x: 4, y: 30 },
        ],
        6,
      ),
    ).toBe('M0 0L2 0Q4 0 4 2L4 30');
  });
});

describe('layoutCitationMap', async () => {
  const graph = buildCitationGraph(
    [
      { id: 't1', label: '1. Đoàn kết toàn dân', href: '/t1/', documents: ['d1', 'd2'], campaigns: [] },
      { id: 't2', label: '2. Thi đua', href: '/t2/', documents: [], campaigns: ['c1'] },
      { id: 't3', label: '3. Đối ngoại', href: '/t3/', documents: [], campaigns: [] },
    ],
    [
      { id: 'd1', label: 'Kết luận 01-KL/TW', href: '/d1/' },
      {
        id: 'd2',
        label: 'Nghị quyết của Quốc hội (khóa XV) về thí điểm một số cơ chế, chính sách đặc thù',
        href: '/d2/',
      },
      { id: 'd3', label: 'Kết luận không gắn chủ đề', href: '/d3/' },
    ],
    [
      {
        id: 'c1',
        label: 'Người Việt Nam ưu tiên dùng hàng Việt Nam',
        href: '/c1/',
        themes: ['t2'],
        documents: [],
      },
    ],
  );
  const layout = await layoutCitationMap(graph);
  const x = (key: string) => layout.nodes.find((node) => node.key === key)!.x;

  it('văn bản ở cột trái, chủ đề ở giữa, cuộc vận động bên phải — kể cả mục không có đường nối', () => {
    expect(new Set(['documents/d1', 'documents/d2', 'documents/d3'].map(x)).size).toBe(1);
    expect(new Set(['themes/t1', 'themes/t2', 'themes/t3'].map(x)).size).toBe(1);
    expect(x('documents/d1')).toBeLessThan(x('themes/t1'));
    expect(x('themes/t1')).toBeLessThan(x('campaigns/c1'));
    expect(layout.columns.map((column) => column.kind)).toEqual(['documents', 'themes', 'campaigns']);
  });

  it('không ô nào chồng lên ô nào, tất cả nằm trong khung', () => {
    for (const a of layout.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} / ${b.key}`).toBe(true);
      }
    }
  });

  it('mỗi đường nối đi từ mép ô này sang mép ô kia', () => {
    expect(layout.edges).toHaveLength(3);
    for (const edge of layout.edges) {
      const from = layout.nodes.find((node) => node.key === edge.from)!;
      const to = layout.nodes.find((node) => node.key === edge.to)!;
      expect(edge.points[0]!.x).toBeCloseTo(from.x + from.width);
      expect(edge.points.at(-1)!.x).toBeCloseTo(to.x);
    }
  });

  it('chữ dài được ngắt dòng, ô cao theo số dòng; ô không đường nối được đánh dấu', () => {
    const d2 = layout.nodes.find((node) => node.key === 'documents/d2')!;
    expect(d2.lines.length).toBeGreaterThan(1);
    expect(d2.height).toBeGreaterThan(layout.nodes.find((node) => node.key === 'documents/d1')!.height);
    expect(
      layout.nodes
        .filter((node) => !node.linked)
        .map((node) => node.key)
        .sort(),
    ).toEqual(['documents/d3', 'themes/t3']);
  });
});
