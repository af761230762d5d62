/**
 * The test fixtures every browser test uses.
 *
 * `page`: a fresh page in a fresh browser context, as Playwright gives it, that fails its
 * test when the page logs a console error or throws (no spec has to remember to check),
 * and makes sure each page it opens shows the site's own fonts (site-fonts-shown.ts), so
 * that no layout result depends on how busy the machine was when the fonts came.
 *
 * `reusedPage`: the same checks on one page that a worker keeps from test to test, for
 * the loops that only read pages (axe, 200 % text, the keyboard walk on every kind of
 * page, printing). A fresh context costs a new renderer process and a cold cache on every test:
 * measured on 30 pages with two axe passes each, 34.6 s fresh against 18.0 s reused.
 * Each test starts as a reader's next page would: on the site's origin, with storage
 * emptied, the project's viewport, the screen's media, the default colour scheme and motion; the fonts,
 * scripts and styles come from the browser's cache, as they do for any reader after the
 * first page. A failed test ends its worker, so its page is never reused.
 */
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { untilSiteFontsShown } from './site-fonts-shown.ts';

/** Makes `page.goto` and `page.reload` wait until the page shows the site's fonts. */
function withSiteFonts(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  // A test that watches the load itself (waitUntil: 'commit') checks the fonts its own way.
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await untilSiteFontsShown(page, reload);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await untilSiteFontsShown(page, reload);
    return response;
  };
  return page;
}

const CONSOLE_ERRORS = 'lỗi trong console của trình duyệt';

/**
 * Hands `page` to the test, collecting into `errors` what the page logs as a console
 * error or throws meanwhile; the test fails if any is left there at its end.
 */
async function withoutErrors(
  page: Page,
  errors: string[],
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onError = (error: Error) => errors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await use(page);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  expect(errors, CONSOLE_ERRORS).toEqual([]);
}

/** The project's options (playwright.config.ts) that the worker's own context is made with, as Playwright makes each test's. */
const CONTEXT_OPTIONS = [
  'baseURL',
  'locale',
  'serviceWorkers',
  'viewport',
  'userAgent',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
] as const;

export const test = base.extend<{ consoleErrors: string[]; reusedPage: Page }, { workerPage: Page }>({
  // A test that expects an error (a 404 page) reads and empties this list.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  page: ({ page, consoleErrors }, use) => withoutErrors(withSiteFonts(page), consoleErrors, use),
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const projectUse = workerInfo.project.use;
      const options: BrowserContextOptions = {};
      for (const key of CONTEXT_OPTIONS)
        if (projectUse[key] !== undefined) Object.assign(options, { [key]: projectUse[key] });
      const context = await browser.newContext(options);
      const page = withSiteFonts(await context.newPage());
      // On the site's origin from the start, so that a test can set storage before its first
      // load. A page of the site, not a text file: for that Chromium would ask for a
      // /favicon.ico that does not exist, and its 404 would be logged during the first test.
      await page.goto('/ngoai-tuyen/');
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  reusedPage: async ({ workerPage: page, consoleErrors }, use, testInfo) => {
    const { viewport } = testInfo.project.use;
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({
      media: null,
      colorScheme: 'light',
      reducedMotion: 'no-preference',
      forcedColors: 'none',
    });
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await withoutErrors(page, consoleErrors, use);
  },
});

export { expect };
