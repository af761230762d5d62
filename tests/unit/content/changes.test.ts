/**
 * The changes since 2022 (`/thay-doi/`), checked on the real content: every change the
 * facts record (sources/facts/since-2022.yaml) has its entry and no entry stands without
 * one; each rests on at least one page the facts name (others may stand beside it, a
 * page the facts name may be left out where its excerpt was not read again), every
 * source with its excerpt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceUrlFault } from '../../../src/lib/content-check/source-url.ts';
import { entriesOf, idsOf, repoRoot } from './real-content.ts';

interface ChangeFact {
  key: string;
  sources: string[];
}

const facts = (
  parse(readFileSync(join(repoRoot, 'sources', 'facts', 'since-2022.yaml'), 'utf8')) as {
    changes: ChangeFact[];
  }
).changes;

interface Change {
  links: { id?: string; url: string; excerpt?: string }[];
}

describe('những thay đổi từ năm 2022', () => {
  it('mỗi thay đổi trong since-2022.yaml có một mục, và chỉ những thay đổi đó', () => {
    expect(idsOf('changes')).toEqual(facts.map((fact) => fact.key).sort());
  });

  describe.each(entriesOf('changes').map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
    const data = entry.data as Change;

    it('có ít nhất một nguồn, mỗi nguồn là trang cụ thể, có mã và đoạn trích', () => {
      expect(data.links.length).toBeGreaterThan(0);
      for (const link of data.links) {
        expect(sourceUrlFault(link.url), link.url).toBeUndefined();
        expect(link.id, link.url).toBeDefined();
        expect(link.excerpt, link.url).toBeTruthy();
      }
    });

    it('dẫn ít nhất một trang mà dữ kiện nêu', () => {
      const named = facts.find((fact) => fact.key === id)?.sources ?? [];
      expect(data.links.filter((link) => named.includes(link.url)).length).toBeGreaterThan(0);
    });
  });
});
