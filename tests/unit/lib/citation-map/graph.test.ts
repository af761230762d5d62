import { describe, expect, it } from 'vitest';
import {
  buildCitationGraph,
  drawnPart,
  linkedNodes,
  MAP_MOST_PER_SIDE,
  nodeKey,
} from '../../../../src/lib/citation-map/graph.ts';
import { entriesOf } from '../../content/real-content.ts';

const input = (collection: 'themes' | 'documents' | 'campaigns') =>
  entriesOf(collection).map((entry) => {
    const data = entry.data as Record<string, unknown>;
    const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as string[]) : []);
    return {
      id: entry.id,
      label: entry.id,
      href: `/${collection}/${entry.id}/`,
      documents: list('documents'),
      campaigns: list('campaigns'),
      themes: list('themes'),
    };
  });

describe('buildCitationGraph trên nội dung thật', () => {
  const themes = input('themes');
  const documents = input('documents');
  const campaigns = input('campaigns');
  const graph = buildCitationGraph(themes, documents, campaigns);

  it('có đủ mọi chủ đề, văn bản, cuộc vận động của kế hoạch', () => {
    expect(graph.nodes).toHaveLength(themes.length + documents.length + campaigns.length);
  });

  it('mỗi văn bản chủ đề trích dẫn và mỗi cuộc vận động chủ đề nêu đều có đường nối', () => {
    for (const theme of themes) {
      const key = nodeKey('themes', theme.id);
      expect(
        linkedNodes(graph, key, 'documents')
          .map((n) => n.id)
          .sort(),
        theme.id,
      ).toEqual([...theme.documents].sort());
      const campaignIds = new Set([
        ...theme.campaigns,
        ...campaigns.filter((c) => c.themes.includes(theme.id)).map((c) => c.id),
      ]);
      expect(
        linkedNodes(graph, key, 'campaigns')
          .map((n) => n.id)
          .sort(),
        theme.id,
      ).toEqual([...campaignIds].sort());
    }
  });

  it('nối cả khi chỉ cuộc vận động nêu chủ đề (giải báo chí chống tham nhũng ↔ chủ đề 4)', () => {
    expect(
      linkedNodes(graph, nodeKey('campaigns', 'giai-bao-chi-phong-chong-tham-nhung-lang-phi'), 'themes').map(
        (n) => n.id,
      ),
    ).toContain('dan-chu-giam-sat-phan-bien');
  });

  it('mỗi đường nối một lần, đi từ văn bản sang chủ đề sang cuộc vận động', () => {
    const keys = graph.edges.map((edge) => `${edge.from}>${edge.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const edge of graph.edges) {
      expect(edge.from.split('/')[0]).not.toBe('campaigns');
      expect(edge.to.split('/')[0]).not.toBe('documents');
    }
  });
});

it('bỏ qua tham chiếu đến mục không có trong bản đồ', () => {
  const graph = buildCitationGraph(
    [{ id: 't', label: 'T', href: '/t/', documents: ['khac'], campaigns: [] }],
    [],
    [{ id: 'c', label: 'C', href: '/c/', themes: ['t', 'chu-de-khac'], documents: [] }],
  );
  expect(graph.edges).toEqual([{ from: 'themes/t', to: 'campaigns/c' }]);
});

describe('drawnPart: phần bản đồ vẽ khi kế hoạch rất lớn', () => {
  const many = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      id: `${prefix}${index}`,
      label: `${prefix}${index}`,
      href: '/',
    }));
  // Theme t0 cites every document; documents d5 and d9 are also named by campaigns,
  // so they have two links where the others have one; d7 has none.
  const documents = many('d', 12);
  const themes = [
    {
      ...many('t', 1)[0]!,
      documents: documents.filter((d) => d.id !== 'd7').map((d) => d.id),
      campaigns: [] as string[],
    },
  ];
  const campaigns = many('c', 3).map((campaign, index) => ({
    ...campaign,
    themes: ['t0'],
    documents: index === 0 ? ['d9', 'd5'] : [],
  }));
  const graph = buildCitationGraph(themes, documents, campaigns);

  it('không vượt giới hạn: vẽ cả đồ thị', () => {
    expect(drawnPart(graph, 12)).toBe(graph);
  });

  it('vượt giới hạn: giữ mọi chủ đề, các mục nhiều đường nối nhất, thứ tự cũ, và đường nối giữa chúng', () => {
    const part = drawnPart(graph, 4);
    expect(part.nodes.map((node) => node.id)).toEqual(['d0', 'd1', 'd5', 'd9', 't0', 'c0', 'c1', 'c2']);
    expect(part.edges).toEqual(
      graph.edges.filter((edge) => !/documents\/d(2|3|4|6|7|8|10|11)$/.test(edge.from)),
    );
    expect(part.edges.some((edge) => edge.from === 'documents/d9' && edge.to === 'campaigns/c0')).toBe(true);
  });

  it('mục không có đường nối nào được vẽ sau cùng', () => {
    const part = drawnPart(graph, 11);
    expect(part.nodes.some((node) => node.id === 'd7')).toBe(false);
  });

  it('nội dung thật: mặc định vẽ đủ mọi mục', () => {
    const real = buildCitationGraph(input('themes'), input('documents'), input('campaigns'));
    expect(real.nodes.filter((node) => node.kind !== 'themes').length).toBeLessThanOrEqual(
      2 * MAP_MOST_PER_SIDE,
    );
    expect(drawnPart(real)).toBe(real);
  });
});
