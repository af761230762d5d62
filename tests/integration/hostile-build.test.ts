/**
 * The hostile-input rows that need a whole build (issue 13), on the integration tests'
 * fixture content (fixture-content.ts: the unit fixtures, one entry per collection, and a
 * little more), built with Astro's programmatic build() in seconds:
 * - with the content check AND the MDX policy plugin taken out (nothing in
 *   `npm run build` can do that: this test does it by hand), a <script> and a <style>
 *   planted in a body reach the page, and the CSP stops both in Chromium (P1);
 * - a build that fails while rendering leaves the previous output untouched (P8);
 * - the real configuration refuses content pointing nowhere (P10).
 */
import type { AstroInlineConfig } from 'astro';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../e2e/static-server.ts';
import config from '../../astro.config.mjs';
import { fixtureContent } from './fixture-content.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-hostile-build-'));
const content = fixtureContent(workdir);
const CAMPAIGN = join(content, 'campaigns', 'nguoi-viet-nam-uu-tien-dung-hang-viet-nam.mdx');
const PLANTED = [
  '',
  '<script>window.__XSS_SCRIPT = 1; document.title = "XSS";</script>',
  '',
  '<style>{`body { background: rgb(255, 0, 0) !important; }`}</style>',
  '',
].join('\n');

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** Builds the site from `content` into `outDir`; `unchecked` takes out the content check and the MDX policy. */
async function buildSite(outDir: string, { unchecked }: { unchecked: boolean }): Promise<void> {
  process.env['CONTENT_DIR'] = content;
  const { build } = await import('astro');
  const { satteri } = await import('@astrojs/markdown-satteri');
  const processor = config.markdown!.processor as unknown as {
    options: { features: object; hastPlugins: unknown[] };
  };
  await build({
    // defineConfig types each font family with its provider's options; AstroInlineConfig's
    // FontFamily has no options at all, so the two types do not overlap (Astro 7 typing only).
    ...(config as unknown as AstroInlineConfig),
    root: resolve('.'),
    configFile: false,
    outDir,
    cacheDir: join(workdir, 'cache'),
    logLevel: 'error',
    ...(unchecked
      ? {
          integrations: config
            .integrations!.flat()
            .filter((integration) => integration && integration.name !== 'so-tay:content-check'),
          markdown: {
            ...config.markdown,
            processor: satteri({
              features: processor.options.features,
              hastPlugins: processor.options.hastPlugins as never,
            }),
          },
        }
      : {}),
  });
}

describe('CSP chặn mã cài vào nội dung khi bộ kiểm tra bị bỏ qua', () => {
  const out = join(workdir, 'csp');
  beforeAll(async () => {
    appendFileSync(CAMPAIGN, PLANTED);
    await buildSite(out, { unchecked: true });
  }, 180_000);

  it('mã cài vào có trong trang, nhưng không chạy và không áp dụng', async () => {
    const page = join(out, 'cuoc-van-dong', 'nguoi-viet-nam-uu-tien-dung-hang-viet-nam', 'index.html');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('window.__XSS_SCRIPT = 1');
    expect(html).toContain('rgb(255, 0, 0)');

    const server = await serveStatic(out);
    const executablePath = findChromium();
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    });
    try {
      const tab = await browser.newPage();
      const violations: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await tab.goto(`${server.origin}/cuoc-van-dong/nguoi-viet-nam-uu-tien-dung-hang-viet-nam/`);
      expect(await tab.evaluate(() => (window as { __XSS_SCRIPT?: number }).__XSS_SCRIPT)).toBeUndefined();
      expect(await tab.title()).not.toBe('XSS');
      expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
        'rgb(255, 0, 0)',
      );
      expect(violations.some((text) => /script-src/.test(text))).toBe(true);
      expect(violations.some((text) => /style-src/.test(text))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('bản dựng hỏng không động đến bản trước', () => {
  it('lỗi khi dựng trang: dist/ cũ còn nguyên, không có dist/ dở dang', async () => {
    const out = join(workdir, 'atomic');
    cpSync(join(workdir, 'csp'), out, { recursive: true });
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    // A quote of a paragraph that does not exist: only the component finds it, while rendering.
    appendFileSync(CAMPAIGN, '\n<PlanQuote plan="2022" paragraph="II.9.9" />\n');
    await expect(buildSite(out, { unchecked: true })).rejects.toThrow(/II\.9\.9/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(out, '.prerender'))).toBe(false);
  }, 180_000);

  it('CONTENT_DIR trỏ vào chỗ không có: bản dựng dừng, nói rõ bằng tiếng Việt', async () => {
    const out = join(workdir, 'nowhere');
    rmSync(content, { recursive: true, force: true });
    await expect(buildSite(out, { unchecked: false })).rejects.toThrow(/không có thư mục nội dung/);
    expect(existsSync(out)).toBe(false);
  }, 180_000);
});
