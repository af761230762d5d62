import { describe, expect, it } from 'vitest';
import {
  indexReferences,
  linkedEntries,
  neighbours,
  referencesOf,
  referrers,
  type EntryKey,
} from '../../../../src/lib/references/graph.ts';
import { ENTRY_COLLECTIONS, entryHref } from '../../../../src/lib/site.ts';
import { REGISTRY, type CollectionName } from '../../../../src/schemas/registry.ts';
import { entriesOf, idsOf, type EntryData } from '../../content/real-content.ts';

describe('referencesOf', () => {
  it('đọc tham chiếu dạng mã (như tệp ghi) và dạng { collection, id } (như Astro trả về)', () => {
    const edges = referencesOf(
      { collection: 'themes', id: 'a' },
      {
        documents: ['01-kl-tw', { collection: 'documents', id: '07-kl-tw' }],
        levelTasks: [{ organization: { collection: 'organizations', id: 'x' }, tasks: [] }],
      },
    );
    // In the order the theme schema declares its fields (levelTasks comes first there).
    expect(edges.map((edge) => [edge.to.collection, edge.to.id, edge.via])).toEqual([
      ['organizations', 'x', 'levelTasks'],
      ['documents', '01-kl-tw', 'documents'],
      ['documents', '07-kl-tw', 'documents'],
    ]);
  });

  it('tính cả liên kết trong bài, trừ liên kết đến chính nó', () => {
    const edges = referencesOf(
      { collection: 'documents', id: '01-kl-tw' },
      {},
      'Xem [Kết luận](/van-ban/01-kl-tw/) và [Quyết định 217](/van-ban/217-qd-tw/), [II.1.4](/ke-hoach/2022/#II-1-4).',
    );
    expect(edges).toEqual([
      {
        from: { collection: 'documents', id: '01-kl-tw' },
        to: { collection: 'documents', id: '217-qd-tw' },
        via: 'body',
      },
    ]);
  });
});

describe('linkedEntries', () => {
  it.each([
    ['[a](/chu-de/doan-ket-toan-dan/)', 'themes', 'doan-ket-toan-dan'],
    ['<a href="/cuoc-van-dong/5k-vac-xin/">', 'campaigns', '5k-vac-xin'],
    ['[MTTQ](/thuat-ngu/#mttq)', 'glossary', 'mttq'],
    ['[ngày](/lich/#quoc-khanh-2022)', 'events', 'quoc-khanh-2022'],
  ] as const)('%s → %s %s', (text, collection, id) => {
    expect(linkedEntries(text)).toEqual([{ collection, id }]);
  });

  it('bỏ qua đoạn kế hoạch, trang danh mục và trang trình chiếu', () => {
    expect(
      linkedEntries('[x](/ke-hoach/2022/#II-1-4) [y](/van-ban/) [z](/bai-giang/bai-1/trinh-chieu/)'),
    ).toEqual([]);
  });
});

describe('indexReferences', () => {
  const a: EntryKey = { collection: 'themes', id: 'a' };
  const d: EntryKey = { collection: 'documents', id: 'd' };
  const l: EntryKey = { collection: 'lessons', id: 'l' };
  const index = indexReferences([
    { from: a, to: d, via: 'documents' },
    { from: l, to: a, via: 'themes' },
    { from: l, to: a, via: 'body' },
  ]);

  it('tra được cả hai chiều', () => {
    expect(index.outgoing(a).map((edge) => edge.to)).toEqual([d]);
    expect(index.incoming(a).map((edge) => edge.from)).toEqual([l, l]);
    expect(index.incoming(l)).toEqual([]);
  });

  it('liệt kê mỗi mục tham chiếu một lần', () => {
    expect(referrers(index, a, 'lessons')).toEqual(['l']);
    expect(neighbours(index, a)).toEqual([d, l]);
  });
});

describe('tham chiếu ngược trên nội dung thật', () => {
  const raw = ENTRY_COLLECTIONS.flatMap((collection) => entriesOf(collection));
  const edges = raw.flatMap((entry) =>
    referencesOf({ collection: entry.collection, id: entry.id }, entry.data, entry.body),
  );
  const index = indexReferences(edges);
  const data = (collection: CollectionName, id: string) =>
    raw.find((entry) => entry.collection === collection && entry.id === id)?.data as EntryData;
  const ids = (value: unknown, key?: string): string[] =>
    Array.isArray(value) ? value.map((item: unknown) => String(key ? (item as EntryData)[key] : item)) : [];

  it('mọi tham chiếu trỏ đến một mục có thật', () => {
    for (const edge of edges) {
      expect(idsOf(edge.to.collection), `${edge.from.id} → ${edge.to.collection}/${edge.to.id}`).toContain(
        edge.to.id,
      );
    }
  });

  it('văn bản liệt kê đủ mọi chủ đề và cuộc vận động trích dẫn nó, và không gì khác', () => {
    for (const document of idsOf('documents')) {
      for (const collection of ['themes', 'campaigns'] as const) {
        const citing = idsOf(collection).filter((id) =>
          ids(data(collection, id)['documents']).includes(document),
        );
        const fromBody = idsOf(collection).filter((id) =>
          entriesOf(collection)
            .find((entry) => entry.id === id)!
            .body.includes(`](${entryHref('documents', document)})`),
        );
        expect(
          referrers(index, { collection: 'documents', id: document }, collection).sort(),
          document,
        ).toEqual([...new Set([...citing, ...fromBody])].sort());
      }
    }
  });

  it('văn bản liệt kê điển hình nhắc đến nó (điển hình không có trường documents)', () => {
    expect(REGISTRY.examples.references.some((field) => field.target === 'documents')).toBe(false);
    for (const document of idsOf('documents')) {
      const mentioning = entriesOf('examples')
        .filter((entry) => entry.body.includes(entryHref('documents', document)))
        .map((entry) => entry.id);
      expect(referrers(index, { collection: 'documents', id: document }, 'examples').sort()).toEqual(
        mentioning.sort(),
      );
    }
  });

  it('cuộc vận động liệt kê đủ các điển hình của nó', () => {
    for (const campaign of idsOf('campaigns')) {
      const examples = idsOf('examples').filter((id) =>
        ids(data('examples', id)['campaigns']).includes(campaign),
      );
      const listed = referrers(index, { collection: 'campaigns', id: campaign }, 'examples');
      for (const example of examples) expect(listed, campaign).toContain(example);
    }
    expect(
      referrers(
        index,
        { collection: 'campaigns', id: 'vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau' },
        'examples',
      ),
    ).toContain('kon-tum-me-do-dau');
  });

  it('chủ đề liệt kê đủ bài giảng, điển hình và cuộc vận động gắn với nó', () => {
    for (const theme of idsOf('themes')) {
      for (const collection of ['lessons', 'examples', 'campaigns'] as const) {
        const expected = idsOf(collection).filter((id) =>
          ids(data(collection, id)['themes']).includes(theme),
        );
        const listed = referrers(index, { collection: 'themes', id: theme }, collection);
        for (const id of expected) expect(listed, `${theme} ← ${collection}/${id}`).toContain(id);
      }
      expect(referrers(index, { collection: 'themes', id: theme }, 'lessons'), theme).not.toHaveLength(0);
    }
  });

  it('đơn vị liệt kê mọi chủ đề giao việc cho nó', () => {
    for (const organization of idsOf('organizations')) {
      const expected = idsOf('themes').filter((id) =>
        ids(data('themes', id)['levelTasks'], 'organization').includes(organization),
      );
      expect(referrers(index, { collection: 'organizations', id: organization }, 'themes').sort()).toEqual(
        expected.sort(),
      );
    }
    expect(
      referrers(index, { collection: 'organizations', id: 'ban-thuong-truc-thanh-pho' }, 'themes'),
    ).toHaveLength(5);
  });

  it('chủ đề 5K + vắc-xin được nối cả hai chiều với chủ đề phòng, chống Covid-19', () => {
    const covid: EntryKey = { collection: 'themes', id: 'phong-chong-covid-19' };
    const campaign: EntryKey = { collection: 'campaigns', id: '5k-vac-xin' };
    expect(neighbours(index, covid)).toContainEqual(campaign);
    expect(neighbours(index, campaign)).toContainEqual(covid);
  });
});
