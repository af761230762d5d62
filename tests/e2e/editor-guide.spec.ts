import { expect, test } from './fixtures.ts';

test.describe('hướng dẫn biên tập trên trang', () => {
  test('mở được từ trang giới thiệu (chân trang); mục lục dẫn đến từng phần', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Giới thiệu, báo sai sót' }).click();
    await page.getByRole('article').getByRole('link', { name: 'Hướng dẫn biên tập' }).click();
    await expect(page).toHaveURL(/\/huong-dan-bien-tap\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn biên tập');
    await page
      .getByRole('navigation', { name: 'Mục lục' })
      .getByRole('link', { name: 'Nhập kế hoạch năm mới' })
      .click();
    await expect(page).toHaveURL(/#nhap-ke-hoach-nam-moi$/);
    await expect(page.getByRole('heading', { name: 'Nhập kế hoạch năm mới' })).toBeInViewport();
  });

  test('hướng dẫn dẫn sang trang các trường, và ngược lại', async ({ page }) => {
    await page.goto('/huong-dan-bien-tap/');
    await page.getByRole('article').getByRole('link', { name: 'Các trường của từng bộ sưu tập' }).click();
    await expect(page).toHaveURL(/\/huong-dan-bien-tap\/cac-truong\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các trường của từng bộ sưu tập');
    await page
      .getByRole('navigation', { name: 'Mục lục' })
      .getByRole('link', { name: 'Văn bản (documents)' })
      .click();
    await expect(page.getByRole('heading', { name: 'Văn bản (documents)' })).toBeInViewport();
    await page.getByRole('article').getByRole('link', { name: 'Hướng dẫn biên tập' }).click();
    await expect(page).toHaveURL(/\/huong-dan-bien-tap\/$/);
  });

  test('bảng trường: đủ cột trên màn hình rộng, thành thẻ đọc được ở 320 px', async ({ page }) => {
    await page.goto('/huong-dan-bien-tap/cac-truong/');
    const documents = page.getByRole('table').filter({ hasText: 'issuerGroup' });
    await expect(documents.getByRole('columnheader')).toHaveText([
      'Trường',
      'Bắt buộc',
      'Viết gì',
      'Ý nghĩa',
    ]);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const title = documents.getByRole('row').filter({ hasText: 'Tên chính thức (trích yếu)' });
    const required = title.getByRole('cell').nth(1);
    expect(await required.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe(
      '"Bắt buộc: "',
    );
    await expect(required).toHaveText('có');
  });

  test('ví dụ mã được Shiki tô màu, theo cả giao diện sáng và tối', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/huong-dan-bien-tap/');
    const example = page.locator('pre[data-language="jsx"]').filter({ hasText: '<Callout kind="tip"' });
    const tag = example.getByText('Callout', { exact: true }).first();
    const light = await tag.evaluate((span) => getComputedStyle(span).color);
    expect(light).not.toBe(await example.evaluate((pre) => getComputedStyle(pre).color));
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await tag.evaluate((span) => getComputedStyle(span).color)).not.toBe(light);
  });
});
