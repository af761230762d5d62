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

test.describe('trang mục: chữ không xê dịch khi mã chạy', () => {
  const pages = [
    '/chu-de/doan-ket-toan-dan/',
    '/bai-giang/bai-giang-doan-ket-toan-dan/',
    '/cuoc-van-dong/nguoi-viet-nam-uu-tien-dung-hang-viet-nam/',
  ];
  /**
   * Layout shift (CLS units) that moves the main content while the page loads. The share
   * and print buttons appearing once their scripts ran pushed the text down by a row
   * (0.005–0.022 here). A busy machine may also draw a half-parsed page whose later parts
   * move earlier ones a little (the header's controls: noted, not fixed); shifts of the
   * header alone are not counted, and a ten-thousandth in the content is tolerated.
   */
  const MOST_SHIFT = 0.002;

  for (const path of pages) {
    test(`${path}: chữ không bị đẩy khi mã của trang chạy; nút chia sẻ có từ đầu`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          const main = document.querySelector('main');
          for (const entry of list.getEntries()) {
            const { value, sources } = entry as unknown as { value: number; sources: { node?: Node }[] };
            if (sources.some(({ node }) => node && main?.contains(node))) shifts.push(value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Chia sẻ' })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      const total = shifts.reduce((sum, value) => sum + value, 0);
      expect(total, `nội dung chính xê dịch: ${shifts.join(', ')}`).toBeLessThan(MOST_SHIFT);
    });
  }

  test('không có JavaScript: không hiện nút chia sẻ, nút in (chúng cần mã để chạy)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/chu-de/doan-ket-toan-dan/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chia sẻ' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'In tài liệu' })).toBeHidden();
    await context.close();
  });
});
