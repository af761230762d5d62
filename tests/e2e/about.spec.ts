/**
 * The about page `/gioi-thieu/` (SPEC §3 "About", issue 17) as a citizen reaches it: from
 * any page's footer; who publishes the handbook, when content was last reviewed, how to
 * report a wrong fact, that it is a reference; the editors' guide reachable from it, and
 * no longer from the citizens' footer. Publisher and contact are what the build was given
 * (the same environment runs the tests); without them the page says so, with no placeholder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/** The latest `updated:` in the content files, read independently of the site's loaders. */
function latestUpdated(): string {
  const dates = readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile() && /\.(mdx|ya?ml)$/.test(file.name))
    .flatMap((file) =>
      [
        ...readFileSync(`${file.parentPath}/${file.name}`, 'utf8').matchAll(
          /^updated:\s*['"]?(\d{4}-\d{2}-\d{2})/gm,
        ),
      ].map((match) => match[1]!),
    );
  return dates.sort().at(-1)!;
}

const publisher = process.env['SITE_PUBLISHER']?.trim();
const contact = process.env['SITE_CONTACT']?.trim();

test.describe('trang giới thiệu', () => {
  for (const [device, viewport] of [
    ['điện thoại', { width: 390, height: 844 }],
    ['máy tính', { width: 1280, height: 800 }],
  ] as const) {
    test(`từ chân trang của mọi trang đến trang giới thiệu (${device})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of ['/', '/chu-de/doan-ket-toan-dan/']) {
        await page.goto(path);
        const footer = page.getByRole('contentinfo');
        await expect(footer.getByRole('link', { name: /hướng dẫn biên tập/i })).toHaveCount(0);
        await footer.getByRole('link', { name: 'Giới thiệu, báo sai sót' }).click();
        await expect(page).toHaveURL(/\/gioi-thieu\/$/);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu sổ tay');
      }
    });
  }

  test('nói ai xuất bản, ngày rà soát, cách báo sai sót, và rằng đây là tài liệu tham khảo', async ({
    page,
  }) => {
    await page.goto('/gioi-thieu/');
    const article = page.getByRole('article');
    await expect(
      article.getByRole('region', { name: /tài liệu tham khảo/i }).getByRole('paragraph'),
    ).toContainText('không phải văn bản chính thức');

    const [year, month, day] = latestUpdated().split('-').map(Number);
    const review = article.getByRole('region', { name: 'Rà soát nội dung' });
    await expect(review.locator('time')).toHaveAttribute('datetime', latestUpdated());
    await expect(review.locator('time')).toHaveText(`${day}/${month}/${year}`);

    const publishing = article.getByRole('region', { name: 'Đơn vị xuất bản' });
    if (publisher) await expect(publishing).toContainText(publisher);
    else await expect(publishing).toContainText('chưa ghi đơn vị xuất bản');

    const report = article.getByRole('region', { name: 'Báo một thông tin sai' });
    if (contact) {
      const address = contact.replace(/^mailto:/, '');
      const link = report.getByRole('link', {
        name: new RegExp(address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      });
      await expect(link).toHaveAttribute('href', contact.includes('@') ? /^mailto:/ : contact);
    } else {
      await expect(report).toContainText('chưa có địa chỉ nhận báo sai sót');
      await expect(report.getByRole('link')).toHaveCount(0);
    }
    // No form and no server: nothing to fill in on the page.
    await expect(page.locator('main form, main input, main textarea')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText(/example|TODO|placeholder/i);

    await article.getByRole('link', { name: 'Hướng dẫn biên tập' }).click();
    await expect(page).toHaveURL(/\/huong-dan-bien-tap\/$/);
  });

  test('axe WCAG 2.2 AA, giao diện sáng và tối', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/gioi-thieu/');
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
