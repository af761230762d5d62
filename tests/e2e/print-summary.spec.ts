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

/**
 * Clicks the summary button with the print dialog stood in for, leaving the page in
 * summary mode with the summary's stylesheet, which the button fetches first.
 */
async function chooseSummary(page: Page) {
  await page.evaluate(() => {
    window.print = () =>
      document.body.setAttribute('data-printed-as', document.documentElement.dataset['print'] ?? '');
  });
  await page.getByRole('button', { name: 'In bản tóm tắt 1 trang' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-as', 'summary');
  // The button's mode lasts until the dialog closes; the stand-in dialog never does.
  await expect(page.locator('html')).toHaveAttribute('data-print', 'summary');
  await expect(page.locator('link[href="/print-summary.css"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
}

test.describe('bản tóm tắt 1 trang', () => {
  for (const path of entries) {
    test(`${path}: bản tóm tắt in đúng 1 trang A4, chữ từ 10,5 pt`, async ({ reusedPage: page }) => {
      await page.goto(path);
      const parts = page.locator('main .print-summary-part');
      const theme = path.startsWith('/chu-de/');
      await chooseSummary(page);
      expect(await parts.count()).toBeGreaterThanOrEqual(4);
      for (const part of await parts.all()) await expect(part).toBeVisible();
      // Named by its place in the plan (a theme) or its name (a campaign); what to cite, last.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ visible: !theme });
      if (theme) await expect(parts.first()).toContainText(/Chủ đề \d của\s+Kế hoạch/);
      await expect(page.getByRole('heading', { level: 2, name: 'Văn bản cần dẫn' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /^Dựa trên Kế hoạch/ })).toBeVisible();
      // Nothing else of the page: not its other sections, its body, its related entries.
      await expect(page.locator('article .prose').first()).toBeHidden();
      await expect(page.getByRole('heading', { level: 2, name: 'Mục liên quan' })).toBeHidden();
      if (theme) await expect(page.getByRole('heading', { level: 2, name: 'Hướng tới ai' })).toBeHidden();
      // The documents by name only: their citation lines (and copy buttons) stay on screen.
      for (const line of await page.locator('#van-ban-can-dan ~ ul .citation-line').all())
        await expect(line).toBeHidden();
      const sizes = await page
        .locator('main .print-summary-part :is(li, p, a), main p.print-summary-part')
        .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
      // Nothing clipped: no element of the summary hides content that overflows it.
      const clipped = await parts.locator('*').evaluateAll((nodes) =>
        nodes
          .filter((node) => node.getClientRects().length > 0 && getComputedStyle(node).overflow !== 'visible')
          .filter(
            (node) => node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1,
          )
          .map((node) => node.outerHTML.slice(0, 80)),
      );
      expect(clipped).toEqual([]);
      const height = async () => {
        const boxes = await parts.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()));
        return Math.round(
          Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top)),
        );
      };
      // Laid out at the width of the summary's page (A4 less its margins, 188 mm), for the record.
      await page.setViewportSize({ width: 718, height: 1000 });
      const tall = await height();
      const pages = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      test
        .info()
        .annotations.push({ type: 'bản tóm tắt', description: `${path}: ${pages} trang, ${tall} px` });
      expect(pages).toBe(1);
    });
  }
});
