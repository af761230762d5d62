import { expect, test } from './fixtures.ts';

test.describe('trang dữ liệu mở', () => {
  test('liệt kê các tệp JSON và lược đồ, mỗi liên kết tải được', async ({ page, request }) => {
    await page.goto('/du-lieu-mo/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu mở');
    const links = page.getByRole('link', { name: /\/api\/.*\.json/ });
    await expect(links).toHaveCount(18);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
      const response = await request.get(href);
      expect(response.ok(), href).toBe(true);
      expect(await response.json(), href).toBeInstanceOf(Object);
    }
  });

  test('vừa màn hình 320 px, không cuộn ngang', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/du-lieu-mo/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
