/**
 * An entry made in the web editor reaches the site (issue 18): the model example that the
 * browser test creates by walking the editors' guide in the editor's UI — with a plan
 * paragraph, a campaign reference and a source link — is the committed file
 * tests/fixtures/editor-guide/ (the walk fails if what it saves differs by a byte). Here it
 * is put in a copy of content/, built once with Astro's programmatic build() (as
 * hostile-build.test.ts does), and the new page is at its URL with its text, and the site's
 * search, on the real Pagefind index of that build, finds it.
 */
import type { AstroInlineConfig } from 'astro';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { GUIDE_ENTRY } from '../../scripts/lib/editor-guide.ts';
import { createSearchEngine } from '../../src/lib/search/engine.ts';
import { loadSearchOf, topUrls } from './search-node.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-edit-reaches-site-'));
const content = join(workdir, 'content');
const out = join(workdir, 'dist');
const { id: ID, data } = GUIDE_ENTRY;

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  copyFileSync(GUIDE_ENTRY.fixture, join(content, 'examples', `${ID}.mdx`));
  process.env['CONTENT_DIR'] = content;
  const { build } = await import('astro');
  await build({
    // The same cast as hostile-build.test.ts: Astro 7's inline config types fonts differently.
    ...(config as unknown as AstroInlineConfig),
    root: resolve('.'),
    configFile: false,
    outDir: out,
    cacheDir: join(workdir, 'cache'),
    logLevel: 'error',
  });
}, 300_000);
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe('the example the editor’s guide walk saved reaches the site', () => {
  it('the page is at its URL, with its text, its plan paragraph, campaign and source', () => {
    const html = readFileSync(join(out, 'dien-hinh', ID, 'index.html'), 'utf8');
    expect(html).toContain(`<h1`);
    expect(html).toContain(data.title);
    expect(html).toContain(GUIDE_ENTRY.previewText);
    expect(html).toContain(`href="${data.source.url}"`);
    expect(html).toContain(`/cuoc-van-dong/${data.campaign}/`);
    expect(html).toContain(`/ke-hoach/${data.plan}/#${data.paragraph.replaceAll('.', '-')}`);
  });

  it('the site’s search finds it in the index built with it', async () => {
    const { pagefind, dictionary } = await loadSearchOf(out);
    const engine = createSearchEngine(pagefind, dictionary);
    expect(await topUrls(engine, 'mục thử nghiệm của trình sửa', 3)).toContain(`/dien-hinh/${ID}/`);
  });
});
