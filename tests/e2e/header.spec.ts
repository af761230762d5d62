/**
 * The header on a phone (issue 17): two rows at most, no section hidden in a sideways
 * scroll; every section one tap away in the "Mục lục" menu, which works without JavaScript.
 * On a laptop the sections show as a row, without opening anything.
 */
import { expect, test } from './fixtures.ts';
import { mainNavigation } from '../../src/lib/site.ts';

const SECTIONS = mainNavigation(2022).map((link) => link.label);

test.describe('điện thoại 390 px', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: false,
  });

  for (const path of ['/', '/chu-de/doan-ket-toan-dan/', '/van-ban/01-kl-tw/']) {
    test(`${path}: đầu trang thấp, mọi mục trong "Mục lục"`, async ({ page }) => {
      await page.goto(path);
      const header = page.getByRole('banner');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(110);
      const menu = header.getByText('Mục lục', { exact: true });
      await expect(header.getByRole('link', { name: 'Lịch', exact: true })).toBeHidden();
      await menu.tap();
      for (const label of SECTIONS) {
        const link = header.getByRole('link', { name: label, exact: true });
        await expect(link).toBeInViewport();
      }
      // Nothing scrolls sideways: neither the page nor the list of sections.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const list = header.getByRole('navigation', { name: 'Chính' }).getByRole('list');
      expect(await list.evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
    });
  }
});

test('máy tính: các mục hiện thành một hàng, không cần mở menu', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/chu-de/doan-ket-toan-dan/');
  const header = page.getByRole('banner');
  for (const label of SECTIONS)
    await expect(header.getByRole('link', { name: label, exact: true })).toBeVisible();
  await expect(header.getByText('Mục lục', { exact: true })).toBeHidden();
});
