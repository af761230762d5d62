import { expect, test } from './fixtures.ts';

test.describe('khung trang', () => {
  test('trang chủ hiện tên sổ tay, ô tìm kiếm và điều hướng chính', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Sổ tay Đại đoàn kết/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sổ tay Đại đoàn kết');
    await expect(page.getByRole('searchbox', { name: 'Tìm trong sổ tay' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Kế hoạch 2022' }),
    ).toBeVisible();
  });

  test('liên kết "bỏ qua" đưa tiêu điểm đến nội dung chính', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('nút giao diện tối đổi giao diện và được ghi nhớ', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Giao diện tối' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Giao diện tối' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('theo giao diện tối của hệ thống khi người đọc chưa chọn', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Giao diện tối' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('vừa màn hình 320 px, không cuộn ngang', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/ke-hoach/2022/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
