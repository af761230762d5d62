/**
 * The test fixture every browser test uses: fails a test when the page logs a console
 * error or throws, so that no spec has to remember to check; and makes sure each page it
 * opens shows the site's own fonts (site-fonts-shown.ts), so that no layout result
 * depends on how busy the machine was when the fonts came.
 */
import { test as base, expect } from '@playwright/test';
import { untilSiteFontsShown } from './site-fonts-shown.ts';

export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page }, use) => {
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
    await use(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'lỗi trong console của trình duyệt').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
