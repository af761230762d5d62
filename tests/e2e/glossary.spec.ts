/**
 * The glossary as a reader uses it: a filter box that ignores tone marks, an index by
 * Vietnamese letters (Đ its own letter, terms starting with a digit under "0–9"), and a
 * breadcrumb; and the citation map, whose list comes first on a phone.
 */
import { expect, test } from './fixtures.ts';

test.describe('thuật ngữ', () => {
  test('gõ "mat tran" không dấu thì chỉ còn các thuật ngữ có "Mặt trận"; xóa thì hiện lại đủ', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/thuat-ngu/');
    const terms = page.locator('[data-filter-key]');
    const total = await terms.count();
    expect(total).toBeGreaterThan(50);
    const box = page.getByRole('searchbox', { name: 'Lọc thuật ngữ' });
    await box.fill('mat tran');
    const shown = terms.locator('visible=true');
    await expect(page.getByRole('status')).toHaveText(/^\d+\/\d+ thuật ngữ chứa “mat tran”\.$/);
    const count = await shown.count();
    expect(count).toBeGreaterThan(2);
    expect(count).toBeLessThan(total);
    // Each term left has "mặt trận" in its name, expansion or other names, marks aside.
    for (const key of await shown.evaluateAll((items) => items.map((item) => item.dataset['filterKey'])))
      expect(key).toContain('mat tran');
    await expect(shown.locator('h3').first()).toBeVisible();
    await expect(page.locator('#mttq')).toBeVisible();
    await expect(page.locator('#phan-bien-xa-hoi')).toBeHidden();
    // A letter with no term left disappears from the index too.
    await expect(
      page.getByRole('navigation', { name: 'Theo chữ cái' }).getByRole('link', { name: 'P', exact: true }),
    ).toBeHidden();

    await box.fill('');
    await expect(terms.locator('visible=true')).toHaveCount(total);
    await box.fill('zzzz');
    await expect(page.getByRole('status')).toHaveText('Không có thuật ngữ nào chứa “zzzz”.');
  });

  test('mục lục theo chữ cái tiếng Việt: 0–9 trước, Đ riêng sau D, bấm chữ thì đến nhóm đó', async ({
    page,
  }) => {
    await page.goto('/thuat-ngu/');
    const index = page.getByRole('navigation', { name: 'Theo chữ cái' }).getByRole('link');
    const letters = await index.allInnerTexts();
    expect(letters[0]).toBe('0–9');
    expect(letters).toContain('Đ');
    expect(letters.indexOf('Đ')).toBe(letters.indexOf('D') + 1);
    const digits = page.getByRole('region', { name: '0–9' });
    await expect(digits.locator('[id="5k"]')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Đ', exact: true }).locator('h3').first()).toHaveText(
      /^\s*Đ/,
    );
    await expect(page.getByRole('region', { name: 'D', exact: true }).locator('h3').first()).toHaveText(
      /^\s*[Dd]/,
    );

    await index.filter({ hasText: 'Đ' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Đ', exact: true })).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link')).toHaveText([
      'Trang chủ',
    ]);
  });

  test('liên kết #5k từ các trang khác vẫn đến đúng mục', async ({ page }) => {
    await page.goto('/thuat-ngu/#5k');
    await expect(page.locator('[id="5k"]')).toBeInViewport();
  });
});

test.describe('bản đồ trích dẫn', () => {
  test('trên điện thoại danh sách đứng trước sơ đồ; trên màn rộng sơ đồ bên trái, danh sách bên phải', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ban-do-trich-dan/');
    const list = page.getByRole('region', { name: 'Bản đồ dưới dạng danh sách' });
    const map = page.locator('#so-do');
    const listBox = (await list.boundingBox())!;
    const mapBox = (await map.boundingBox())!;
    expect(listBox.y).toBeLessThan(mapBox.y);
    expect(listBox.y).toBeLessThan(844);
    await page.getByRole('link', { name: 'Xem sơ đồ (sau danh sách)' }).click();
    await expect(map).toBeInViewport();

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/ban-do-trich-dan/');
    const wideList = (await list.boundingBox())!;
    const wideMap = (await map.boundingBox())!;
    expect(wideMap.x).toBeLessThan(wideList.x);
    expect(Math.abs(wideMap.y - wideList.y)).toBeLessThan(10);
  });
});
