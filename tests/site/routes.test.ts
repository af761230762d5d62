import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { COLLECTION_PATHS, entryHref } from '../../src/lib/site.ts';
import { COLLECTIONS } from '../../src/schemas/registry.ts';

const { entries } = loadContent(['content']);

/** The built HTML file that serves a site path (`/van-ban/01-kl-tw/` → dist/van-ban/01-kl-tw/index.html). */
function builtFile(path: string): string {
  return `dist${path.split('#')[0]}index.html`;
}

describe('bản dựng có trang cho mọi mục', () => {
  it.each(COLLECTIONS)('trang danh mục của %s', (collection) => {
    expect(existsSync(builtFile(COLLECTION_PATHS[collection])), COLLECTION_PATHS[collection]).toBe(true);
  });

  it.each(
    entries.filter((e) => e.collection !== 'plans').map((e) => [entryHref(e.collection, e.id), e] as const),
  )('%s', (href, entry) => {
    const file = builtFile(href);
    expect(existsSync(file), file).toBe(true);
    if (href.includes('#')) expect(readFileSync(file, 'utf8')).toContain(`id="${entry.id}"`);
  });

  it('trang kế hoạch của mỗi năm và trang 404', () => {
    for (const plan of entries.filter((e) => e.collection === 'plans')) {
      expect(existsSync(builtFile(`/ke-hoach/${plan.id}/`))).toBe(true);
    }
    expect(existsSync('dist/404.html')).toBe(true);
  });
});
