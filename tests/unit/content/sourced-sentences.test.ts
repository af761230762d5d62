/**
 * Every sentence outside plan quotes that holds a date, figure or document symbol carries
 * a numbered source (issue 16), on every kind with a body — the practical reading of
 * src/lib/content-check/unsourced-sentences.ts. The sentences still waiting for a source
 * are listed, word for word, in unsourced-sentences.yaml with what would settle each: the
 * test fails on a sentence not listed, and on a listed one that no longer needs it (then
 * its line goes), so the list only shrinks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unsourcedSentences } from '../../../src/lib/content-check/unsourced-sentences.ts';
import { allEntryData, bodyTree, repoRoot } from './real-content.ts';

/** Waiting sentences by entry (`collection/id`): the sentence, and why it is not sourced yet. */
const waiting = (parse(
  readFileSync(join(repoRoot, 'tests', 'unit', 'content', 'unsourced-sentences.yaml'), 'utf8'),
) ?? {}) as Record<string, { sentence: string; why: string }[]>;

const bodies = allEntryData().filter(({ entry }) => entry.mdxSource !== undefined);

describe.each(bodies.map(({ entry, data }) => [`${entry.collection}/${entry.id}`, entry, data] as const))(
  '%s',
  (key, entry, data) => {
    it('mỗi câu có ngày, số liệu hay số hiệu đều có chú thích nguồn', () => {
      const symbol = typeof data['symbol'] === 'string' ? data['symbol'] : undefined;
      const found = unsourcedSentences(bodyTree(entry), symbol).map(({ sentence }) => sentence);
      expect(found).toEqual((waiting[key] ?? []).map(({ sentence }) => sentence));
    });
  },
);

it('danh sách câu chờ nguồn chỉ nêu mục có thật, mỗi câu kèm lý do', () => {
  const keys = new Set(bodies.map(({ entry }) => `${entry.collection}/${entry.id}`));
  for (const [key, sentences] of Object.entries(waiting)) {
    expect(keys.has(key), key).toBe(true);
    for (const { why } of sentences) expect(why, key).toBeTruthy();
  }
});
