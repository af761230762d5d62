/**
 * The test fixture every browser test uses: fails a test when the page logs a console
 * error or throws, so that no spec has to remember to check.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
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
