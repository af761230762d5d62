import { describe, expect, it } from 'vitest';
import {
  createSearchEngine,
  PHRASE_BONUS,
  shownFragment,
  type PagefindApi,
  type PagefindResult,
} from '../../../src/lib/search/engine.ts';
import { bestSubResults } from '../../../src/lib/search/sub-results.ts';
import { dictionary } from './dictionary-fixture.ts';

/** A Pagefind stand-in: fixed results per query, phrase queries in quotes, and filters. */
function fakePagefind(
  results: Record<string, [string, number][]>,
  filters: Record<string, Record<string, string[]>> = {},
): PagefindApi & { queries: string[] } {
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, excerpt: '', meta: { title: id }, sub_results: [] }),
  });
  const queries: string[] = [];
  return {
    queries,
    async search(term, options) {
      if (term === null) {
        const [key, value] = Object.entries(options?.filters ?? {})[0]!;
        return { results: (filters[key]?.[value] ?? []).map((id) => result(id, 1)) };
      }
      queries.push(term);
      return { results: (results[term] ?? []).map(([id, score]) => result(id, score)) };
    },
    async filters() {
      return Object.fromEntries(
        Object.entries(filters).map(([key, values]) => [
          key,
          Object.fromEntries(Object.entries(values).map(([value, ids]) => [value, ids.length])),
        ]),
      );
    },
  };
}

describe('createSearchEngine', () => {
  it('chạy mọi dạng của truy vấn và gộp theo trang, giữ điểm cao nhất', async () => {
    const pagefind = fakePagefind({
      'doan ket': [['doanh-nghiep', 3]],
      'đoan ket': [
        ['chu-de', 2],
        ['doanh-nghiep', 1],
      ],
    });
    const outcome = await createSearchEngine(pagefind, dictionary).search('doan ket');
    expect(pagefind.queries.sort()).toEqual(['"doan ket"', '"đoan ket"', 'doan ket', 'đoan ket'].sort());
    expect(outcome.results.map(({ result, score }) => [result.id, score])).toEqual([
      ['doanh-nghiep', 3],
      ['chu-de', 2],
    ]);
  });

  it('trang có đủ các từ đứng liền nhau được cộng điểm', async () => {
    const pagefind = fakePagefind({
      'hang viet': [
        ['xa-nhau', 3],
        ['lien-nhau', 2],
      ],
      '"hang viet"': [['lien-nhau', 1]],
    });
    const outcome = await createSearchEngine(pagefind, dictionary).search('hang viet');
    expect(outcome.results.map(({ result, score }) => [result.id, score])).toEqual([
      ['lien-nhau', 2 * PHRASE_BONUS],
      ['xa-nhau', 3],
    ]);
  });

  it('lọc và đếm trên kết quả đã gộp; có lọc thì không hiện kết quả trúng thẳng', async () => {
    const pagefind = fakePagefind(
      {
        '01': [
          ['van-ban-01', 5],
          ['chu-de', 1],
          ['lich', 1],
        ],
      },
      { type: { 'văn bản': ['van-ban-01'], 'chủ đề': ['chu-de'] }, year: { '2021': ['van-ban-01'] } },
    );
    const engine = createSearchEngine(pagefind, dictionary);
    const outcome = await engine.search('01');
    const all = await engine.filter(outcome, {});
    expect(all.results).toHaveLength(3);
    expect(all.directHits.map((hit) => hit.href)).toEqual(['/van-ban/01-kl-tw/']);
    expect(Object.fromEntries(all.counts.type)).toEqual({ 'văn bản': 1, 'chủ đề': 1 });
    const documents = await engine.filter(outcome, { type: ['văn bản'] });
    expect(documents.results.map(({ result }) => result.id)).toEqual(['van-ban-01']);
    expect(documents.directHits).toEqual([]);
    expect(Object.fromEntries(documents.counts.year)).toEqual({ '2021': 1 });
  });

  it('không có gì để tìm thì không gọi Pagefind', async () => {
    const pagefind = fakePagefind({});
    const outcome = await createSearchEngine(pagefind, dictionary).search('?!🙂');
    expect(outcome.plan.searchable).toBe(false);
    expect(outcome.results).toEqual([]);
    expect(pagefind.queries).toEqual([]);
  });
});

describe('shownFragment', () => {
  const section = (url: string, scores: number[], anchor = true) => ({
    title: `Mục ${url}`,
    url: `/p/${url}`,
    excerpt: `… <mark>đoàn kết</mark> ${url} …`,
    ...(anchor ? { anchor: { element: 'h2', id: url.slice(1), text: url, location: 3 } } : {}),
    weighted_locations: scores.map((balanced_score) => ({ weight: 1, balanced_score, location: 7 })),
    locations: [7],
  });
  // As Pagefind returns it: the page's whole text and word positions besides what is shown.
  const fragment = {
    url: '/p/',
    excerpt: 'Khối <mark>đại đoàn kết</mark> toàn dân tộc',
    content: 'Khối đại đoàn kết toàn dân tộc '.repeat(500),
    word_count: 3500,
    filters: { type: ['Văn bản'] },
    anchors: [],
    locations: [1, 2, 3],
    meta: { title: 'Nghị quyết', type: 'van-ban', image: '/og/p.png' },
    sub_results: [
      section('/p/', [9], false),
      section('#a', [1]),
      section('#b', [2, 3]),
      section('#c', [4]),
      section('#d', [0.5]),
    ],
  };

  it('giữ những gì danh sách kết quả hiện, bỏ toàn văn và vị trí từng từ', () => {
    const shown = shownFragment(fragment);
    expect(Object.keys(shown).sort()).toEqual(['excerpt', 'meta', 'sub_results', 'url']);
    expect(shown.meta).toEqual({ title: 'Nghị quyết', type: 'van-ban' });
    expect(shown.sub_results.map((s) => s.url)).toEqual(['/p/#b', '/p/#c', '/p/#a']);
    expect(JSON.stringify(shown).length).toBeLessThan(JSON.stringify(fragment).length / 10);
  });

  it('các mục hiện dưới kết quả vẫn như khi lấy từ dữ liệu đầy đủ', () => {
    const shown = shownFragment(fragment);
    for (const limit of [2, 3]) {
      expect(bestSubResults(shown.sub_results, limit)).toEqual(
        bestSubResults(fragment.sub_results, limit).map(
          ({ title, url, excerpt, anchor, weighted_locations }) => ({
            title,
            url,
            excerpt,
            anchor,
            weighted_locations: weighted_locations.map(({ balanced_score }) => ({ balanced_score })),
          }),
        ),
      );
    }
  });
});
