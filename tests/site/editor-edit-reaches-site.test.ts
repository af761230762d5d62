/**
 * An edit made in the web editor reaches the site (issue 18): on a copy of content/, a
 * model example is created through the editor's own HTTP API — with a plan paragraph, a
 * campaign reference and a source link — then that content is built once with Astro's
 * programmatic build() (as hostile-build.test.ts does), and the new page is at its URL
 * with its text, and the site's search, on the real Pagefind index of that build, finds it.
 */
import type { AstroInlineConfig } from 'astro';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { createEditorServer } from '../../src/lib/editor/web/server.ts';
import { createSearchEngine } from '../../src/lib/search/engine.ts';
import { loadSearchOf, topUrls } from './search-node.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-edit-reaches-site-'));
const content = join(workdir, 'content');
const out = join(workdir, 'dist');
const ID = 'vuon-rau-nghia-tinh-kenh-duong';
const SOURCE_URL = 'https://baohaiphong.vn/vuon-rau-nghia-tinh-o-khu-dan-cu-kenh-duong-123456.html';
const EXAMPLE = {
  data: {
    title: 'Vườn rau nghĩa tình ở khu dân cư Kênh Dương',
    place: 'khu dân cư Kênh Dương, Hải Phòng',
    province: 'Hải Phòng',
    year: 2024,
    summary: 'Chi hội phụ nữ khu dân cư trồng chung một vườn rau và tặng rau cho các hộ khó khăn.',
    campaigns: ['toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh'],
    source: {
      id: 'kenh-duong',
      url: SOURCE_URL,
      title: 'Vườn rau nghĩa tình ở khu dân cư Kênh Dương',
      publisher: 'Báo Hải Phòng',
      excerpt: 'Chi hội phụ nữ khu dân cư Kênh Dương trồng chung một vườn rau nghĩa tình.',
    },
    plan: '2022',
    sources: ['II.1.2'],
    updated: '2026-12-07',
  },
  body: [
    '## Đã làm gì',
    '',
    'Chi hội phụ nữ khu dân cư Kênh Dương trồng chung một vườn rau nghĩa tình và mang rau tặng các hộ khó khăn trong khu[^kenh-duong].',
    '',
    `[^kenh-duong]: [Vườn rau nghĩa tình ở khu dân cư Kênh Dương](${SOURCE_URL}) — Báo Hải Phòng.`,
    '',
  ].join('\n'),
};

let saved: { status: number; body: { ok: boolean; problems?: unknown[] } };

/** Starts the editor on the copy, saves the new example through its API, and stops it. */
async function saveThroughEditor(): Promise<typeof saved> {
  // The editor checks the Host header against its port: take a free port first.
  const probe = await createEditorServer({ root: content, port: 0 });
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((done) => probe.close(done));
  const server: Server = await createEditorServer({ root: content, port });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  try {
    const response = await fetch(`http://127.0.0.1:${port}/quan-tri/api/entry/examples/${ID}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(EXAMPLE),
    });
    return { status: response.status, body: (await response.json()) as typeof saved.body };
  } finally {
    await new Promise((done) => server.close(done));
  }
}

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  saved = await saveThroughEditor();
  if (!saved.body.ok) return;
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

describe('an example saved in the editor reaches the site', () => {
  it('the editor saved it: the checker found nothing wrong', () => {
    expect(saved).toEqual({ status: 200, body: { ok: true } });
    const file = readFileSync(join(content, 'examples', `${ID}.mdx`), 'utf8');
    expect(file).toMatch(/^plan: 2022$/m);
    expect(file).toMatch(/^year: 2024$/m);
    expect(file).toContain('toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh');
  });

  it('the page is at its URL, with its text, its plan paragraph, campaign and source', () => {
    const html = readFileSync(join(out, 'dien-hinh', ID, 'index.html'), 'utf8');
    expect(html).toContain('<h1');
    expect(html).toContain('Vườn rau nghĩa tình ở khu dân cư Kênh Dương');
    expect(html).toContain('mang rau tặng các hộ khó khăn trong khu');
    expect(html).toContain(`href="${SOURCE_URL}"`);
    expect(html).toContain('/cuoc-van-dong/toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh/');
    expect(html).toMatch(/\/ke-hoach\/2022\/#II-1-2/);
  });

  it('the site’s search finds it in the index built with it', async () => {
    const { pagefind, dictionary } = await loadSearchOf(out);
    const engine = createSearchEngine(pagefind, dictionary);
    expect(await topUrls(engine, 'vườn rau nghĩa tình Kênh Dương', 3)).toContain(`/dien-hinh/${ID}/`);
  });
});
