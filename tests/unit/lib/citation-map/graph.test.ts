import { describe, expect, it } from 'vitest';
import { buildCitationGraph, linkedNodes, nodeKey } from '../../../../src/lib/citation-map/graph.ts';
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
