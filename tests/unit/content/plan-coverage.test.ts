/**
 * Provenance coverage of the 2022 plan: every paragraph is explained by some entry, and
 * each theme rests on every paragraph of the plan item it presents.
 */
import { describe, expect, it } from 'vitest';
import { allEntryData, citedParagraphs, dataOf, paragraphs2022, plan2022 } from './real-content.ts';

const citing = new Map<string, string[]>();
for (const { entry, data } of allEntryData()) {
  if (String(data['plan']) !== '2022') continue;
  for (const id of new Set(citedParagraphs(data))) {
    citing.set(id, [...(citing.get(id) ?? []), `${entry.collection}/${entry.id}`]);
  }
}

describe('mọi đoạn của kế hoạch 2022 đều có mục dẫn nguồn', () => {
  it('kế hoạch có đủ 31 đoạn', () => {
    expect(paragraphs2022).toHaveLength(31);
  });

  it.each(paragraphs2022.map((paragraph) => paragraph.id))('đoạn %s được ít nhất một mục dẫn', (id) => {
    expect(
      citing.get(id) ?? [],
      `không mục nào có ${id} trong sources, responsibilities hay planQuotes`,
    ).not.toEqual([]);
  });
});

const THEMES = [
  ['doan-ket-toan-dan', 1],
  ['phong-chong-covid-19', 2],
  ['thi-dua-yeu-nuoc-va-cuoc-van-dong', 3],
  ['dan-chu-giam-sat-phan-bien', 4],
  ['doi-ngoai-nhan-dan', 5],
] as const;

const sectionII = plan2022.sections.find((section) => section.number === 'II');

describe.each(THEMES)('chủ đề %s (tiểu mục II.%i)', (slug, order) => {
  const data = dataOf('themes', slug);
  const item = sectionII?.items.find((candidate) => candidate.number === order);

  it('có mục và đúng số thứ tự', () => {
    expect(data, `thiếu content/themes/${slug}.mdx`).toBeDefined();
    expect(data?.['order']).toBe(order);
  });

  it('sources gồm mọi đoạn của tiểu mục', () => {
    expect(item, `kế hoạch không có tiểu mục II.${order}`).toBeDefined();
    const sources = Array.isArray(data?.['sources']) ? (data['sources'] as unknown[]) : [];
    const missing = (item?.paragraphs ?? [])
      .map((paragraph) => paragraph.id)
      .filter((id) => !sources.includes(id));
    expect(missing).toEqual([]);
  });
});
