/**
 * The header on a phone (issue 17): two rows at most, at 100 % and at 200 % text, no
 * section hidden in a sideways scroll; every section one tap away in the "Mục lục" menu,
 * which works without JavaScript; reading size and theme inside it, not on a row of their own.
 * On a laptop the sections show as a row, without opening anything.
 */
import type { Page } from '@playwright/test';
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

/**
 * The header's rows on a phone. A row is as tall as the header's tap target, the "Mục lục"
 * control (at least 2.75 rem: 44 px at 100 %, 88 px at 200 %), or a line of its text where
 * that is taller; two rows and the header's own padding and gap are its height at most.
 * Rows are also counted: the bands its parts (name, search, menu) sit in.
 */
async function headerRows(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!;
    const bar = header.firstElementChild as HTMLElement;
    const summary = header.querySelector('summary')!;
    const barStyle = getComputedStyle(bar);
    const line = parseFloat(getComputedStyle(header.querySelector('a')!).lineHeight);
    const row = Math.max(summary.getBoundingClientRect().height, line);
    const chrome =
      parseFloat(barStyle.paddingTop) +
      parseFloat(barStyle.paddingBottom) +
      parseFloat(barStyle.rowGap) +
      parseFloat(getComputedStyle(header).borderBottomWidth);
    const tops = [...bar.children]
      .map((part) => part.getBoundingClientRect())
      .filter((box) => box.height > 0)
      .sort((a, b) => a.top - b.top);
    // A part starts a new band when it begins below the bottom of the band so far.
    let bands = 0;
    let bottom = -Infinity;
    for (const box of tops) {
      if (box.top >= bottom - 1) bands += 1;
      bottom = Math.max(bottom, box.bottom);
    }
    return {
      height: header.getBoundingClientRect().height,
      row,
      limit: 2 * row + chrome,
      bands,
      rootSize: getComputedStyle(document.documentElement).fontSize,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

test.describe('điện thoại 390 × 844, chữ 100 % và 200 %', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // 200 % is the site's own reading-size control at its largest step (BaseLayout applies the
  // saved size to the root font size before the first paint, as a browser's text zoom does).
  for (const [scale, rootSize] of [
    ['1', '16px'],
    ['2', '32px'],
  ] as const) {
    for (const path of ['/', '/chu-de/doan-ket-toan-dan/']) {
      test(`${path}, chữ ${Number(scale) * 100} %: đầu trang tối đa hai hàng, không cuộn ngang, mọi mục trong "Mục lục"`, async ({
        page,
      }) => {
        await page.addInitScript((value) => localStorage.setItem('reading-scale', value), scale);
        await page.goto(path);
        const rows = await headerRows(page);
        expect(rows.rootSize).toBe(rootSize);
        expect(rows.row).toBeGreaterThanOrEqual(44 * Number(scale));
        expect(rows.bands, `${JSON.stringify(rows)}`).toBeLessThanOrEqual(2);
        expect(rows.height, `${JSON.stringify(rows)}`).toBeLessThanOrEqual(rows.limit);
        expect(rows.scrollWidth).toBeLessThanOrEqual(390);
        const header = page.getByRole('banner');
        // Reading size and theme live in the menu: no row of their own.
        await expect(header.getByRole('group', { name: 'Cỡ chữ' })).toBeHidden();
        await expect(header.getByRole('button', { name: 'Giao diện tối' })).toBeHidden();
        await header.locator('summary').tap();
        for (const label of SECTIONS)
          await expect(header.getByRole('link', { name: label, exact: true })).toBeInViewport();
        await expect(header.getByRole('group', { name: 'Cỡ chữ' })).toBeInViewport();
        await expect(header.getByRole('button', { name: 'Giao diện tối' })).toBeInViewport();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });
    }
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
