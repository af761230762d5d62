/**
 * The one-page summary of every theme and campaign (issue 17, SPEC §3): the button
 * "In bản tóm tắt 1 trang" prints only the summary — key messages, what each level or
 * each person does, what to cite — on exactly one A4 page, its body text at 10.5 pt or more.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pdfPageCount } from './pdf.ts';

const paths = (folder: string, section: string) =>
  readdirSync(`content/${folder}`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${section}/${file.replace(/\.mdx$/, '')}/`)
    .sort();

const entries = [...paths('themes', 'chu-de'), ...paths('campaigns', 'cuoc-van-dong')];

/** Clicks the summary button with the print dialog stood in for, leaving the page in summary mode. */
async function chooseSummary(page: Page) {
  await page.evaluate(() => {
    window.print = () =>
      document.body.setAttribute('data-printed-as', document.documentElement.dataset['print'] ?? '');
  });
  await page.getByRole('button', { name: 'In bản tóm tắt 1 trang' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-as', 'summary');
  // The button's mode lasts until the dialog closes; the stand-in dialog never does.
  await expect(page.locator('html')).toHaveAttribute('data-print', 'summary');
  await page.emulateMedia({ media: 'print' });
}

test.describe('bản tóm tắt 1 trang', () => {
  for (const path of entries) {
    test(`${path}: bản tóm tắt in đúng 1 trang A4, chữ từ 10,5 pt`, async ({ page }) => {
      await page.goto(path);
      const summary = page.locator('.print-summary');
      await expect(summary).toBeHidden();
      await chooseSummary(page);
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('heading', { level: 3, name: 'Cần dẫn' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
      const sizes = await summary
        .locator('li, p:not(.print-summary-kicker)')
        .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
      // Nothing clipped: no part of the summary hides its overflow.
      const clipped = await summary
        .locator('*')
        .evaluateAll((nodes) => nodes.filter((node) => getComputedStyle(node).overflow !== 'visible').length);
      expect(clipped).toBe(0);
      // Laid out at the width of the summary's page (A4 less its margins, 188 mm), for the record.
      await page.setViewportSize({ width: 718, height: 1000 });
      const height = Math.round(await summary.evaluate((node) => node.getBoundingClientRect().height));
      const pages = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      test
        .info()
        .annotations.push({ type: 'bản tóm tắt', description: `${path}: ${pages} trang, ${height} px` });
      expect(pages).toBe(1);
    });
  }
});
