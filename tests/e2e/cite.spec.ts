/** "Sao chép" beside a citation line puts exactly that line on the clipboard (issue 17). */
import { expect, test } from './fixtures.ts';

test('trang văn bản: "Sao chép" chép đúng dòng trích dẫn', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/van-ban/01-kl-tw/');
  const cite = page.getByRole('region', { name: 'Trích dẫn' });
  const line = (await cite.locator('.citation-line').innerText()).replace(/\s+/g, ' ').trim();
  await cite.getByRole('button', { name: 'Sao chép' }).click();
  await expect(cite.getByRole('status')).toHaveText('Đã chép trích dẫn.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);
  expect(line).toContain('số hiệu 01-KL/TW, ngày ban hành 18/5/2021');
});
