/**
 * The site's own fonts (src/lib/fonts/site-fonts.ts): what a first visit fetches, that
 * their late arrival moves nothing, and that pages look the same whatever fonts the
 * machine has (scripts/lib/system-fonts.ts).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { expect, test } from './fixtures.ts';
import { facesNotShown, untilSiteFontsShown } from './site-fonts-shown.ts';
import type { FontSetupName } from '../../scripts/lib/system-fonts.ts';

/** SPEC §5: the site's font files on a first visit (the issue allows 80 KB; SPEC asks 60). */
const FIRST_VISIT_FONT_BYTES = 60 * 1024;

/** One page of each kind a reader opens first. */
const FIRST_VISITS = [
  '/',
  '/chu-de/doan-ket-toan-dan/',
  '/van-ban/01-kl-tw/',
  '/cuoc-van-dong/nguoi-viet-nam-uu-tien-dung-hang-viet-nam/',
  '/ke-hoach/2022/',
  '/bai-giang/bai-giang-dan-chu-giam-sat-phan-bien/',
  '/bai-giang/bai-giang-dan-chu-giam-sat-phan-bien/trinh-chieu/',
  '/tim-kiem/',
];

/** Waits until the page has loaded and its fonts are settled, then two frames more. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete' && document.fonts.status === 'loaded');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test.describe('phông chữ của trang', () => {
  for (const path of FIRST_VISITS) {
    test(`${path}: lần đầu mở tải tối đa 60 KB phông; phông đến chậm 1,5 s không làm xê dịch trang`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const fonts = new Map<string, number>();
      await page.route('**/*.woff2', async (route) => {
        const response = await route.fetch();
        fonts.set(route.request().url(), (await response.body()).length);
        // A slow phone network: the fonts come well after the page's first paint.
        await new Promise((done) => setTimeout(done, 1500));
        await route.fulfill({ response });
      });
      await page.goto(path, { waitUntil: 'commit' });
      await settled(page);
      await expect.poll(() => fonts.size).toBeGreaterThan(0);
      const bytes = [...fonts.values()].reduce((sum, size) => sum + size, 0);
      test.info().annotations.push({ type: 'phông', description: `${fonts.size} tệp, ${bytes} B` });
      expect(bytes).toBeLessThanOrEqual(FIRST_VISIT_FONT_BYTES);
      expect([...fonts.keys()].every((url) => new URL(url).pathname.startsWith('/_astro/fonts/'))).toBe(true);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts, 'layout-shift').toEqual([]);
    });
  }
});

/** The box of each visible text block in `scope`, rounded to the pixel: `p 16,200 358×84`. */
function textBoxes(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const blocks = document.querySelectorAll(
      `${scope} :is(h1, h2, h3, h4, p, li, dt, dd, legend, label, blockquote, figcaption, td, th, summary)`,
    );
    return [...blocks]
      .filter((block) => block.checkVisibility())
      .map((block) => {
        const box = block.getBoundingClientRect();
        const [x, y, width, height] = [box.x, box.y + scrollY, box.width, box.height].map(Math.round);
        return `${block.tagName.toLowerCase()} ${x},${y} ${width}×${height}`;
      });
  }, scope);
}

/** Pages, and the part of each whose text is compared. */
const COMPARED = [
  { path: '/chu-de/doan-ket-toan-dan/', scope: 'main' },
  { path: '/ke-hoach/2022/', scope: 'main' },
  { path: '/bai-giang/bai-giang-dan-chu-giam-sat-phan-bien/', scope: 'lesson-quiz' },
];

const VIEWS = [
  { width: 320, scale: '2' },
  { width: 1280, scale: '1' },
];

test.describe('cùng một trang trên máy có phông khác nhau', () => {
  const browsers = new Map<FontSetupName, Browser>();
  test.beforeAll(async () => {
    for (const setup of ['android', 'desktop'] as const)
      browsers.set(setup, await chromium.launch(chromiumLaunchOptions(setup)));
  });
  test.afterAll(async () => {
    for (const browser of browsers.values()) await browser.close();
  });

  /**
   * The text boxes of `path` at a width and reading scale, under a machine's fonts, once
   * the page shows the site's fonts (a reload finds them in the cache if they came too
   * late for the first load, see site-fonts-shown.ts).
   */
  async function boxesUnder(setup: FontSetupName, path: string, scope: string, view: (typeof VIEWS)[number]) {
    const context = await browsers.get(setup)!.newContext({
      baseURL: test.info().project.use.baseURL!,
      viewport: { width: view.width, height: 800 },
    });
    const page = await context.newPage();
    await page.addInitScript((scale) => localStorage.setItem('reading-scale', scale), view.scale);
    await page.goto(path);
    await untilSiteFontsShown(page, () => page.reload());
    await settled(page);
    const notShown = await facesNotShown(page);
    const boxes = await textBoxes(page, scope);
    await context.close();
    return { boxes, notShown };
  }

  for (const { path, scope } of COMPARED) {
    test(`${path}: khung chữ như nhau với phông của Android và của máy Linux (320 px 200 %, 1280 px)`, async () => {
      test.slow();
      for (const view of VIEWS) {
        const { boxes: android, notShown } = await boxesUnder('android', path, scope, view);
        const { boxes: desktop, notShown: notShownDesktop } = await boxesUnder('desktop', path, scope, view);
        expect([...notShown, ...notShownDesktop], 'phông của sổ tay không được dùng').toEqual([]);
        expect(android.length, `${view.width} px`).toBeGreaterThan(10);
        const differ = android
          .map((box, index) => [box, desktop[index]] as const)
          .filter(([a, b]) => {
            const numbers = (box: string | undefined) => (box?.match(/-?\d+/g) ?? []).map(Number);
            const [na, nb] = [numbers(a), numbers(b)];
            return na.length !== nb.length || na.some((value, i) => Math.abs(value - nb[i]!) > 1);
          });
        expect(desktop.length, `${view.width} px`).toBe(android.length);
        expect(differ, `${view.width} px: Android ≠ Linux`).toEqual([]);
      }
    });
  }
});
