import { apiPath, apiSchemaPath, OPEN_DATA_COLLECTIONS } from '../../src/lib/open-data.ts';
import { COLLECTIONS } from '../../src/schemas/registry.ts';
import { expect, test } from './fixtures.ts';

test.describe('trang dữ liệu mở', () => {
  test('liệt kê các tệp JSON và lược đồ, mỗi liên kết tải được', async ({ page, request }) => {
    await page.goto('/du-lieu-mo/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu mở');
    const links = page.getByRole('link', { name: /\/api\/.*\.json/ });
    // Every collection, changes since 2022 and stand-alone pages included: its data and its schema.
    expect(OPEN_DATA_COLLECTIONS).toEqual(COLLECTIONS);
    await expect(links).toHaveCount(2 * COLLECTIONS.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    for (const collection of ['changes', 'pages'] as const) {
      expect(hrefs).toEqual(expect.arrayContaining([apiPath(collection), apiSchemaPath(collection)]));
    }
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
