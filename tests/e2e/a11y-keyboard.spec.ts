/**
 * Keyboard-only use (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): the header's controls — search,
 * reading size, theme toggle, main navigation — are reached with Tab in reading order and
 * work with Enter and Space; on every kind of page, every lesson and every plan, each Tab
 * stop shows a visible focus indicator and is not hidden.
 */
import type { Locator, Page } from '@playwright/test';
import { focusState } from './a11y-focus.ts';
import { displayPaths } from './a11y-pages.ts';
import { expect, test } from './fixtures.ts';

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Không đến được ${target.toString()} bằng phím Tab sau ${limit} lần.`);
}

/** Tabs through the whole page once, from the top, and returns every stop's focus state. */
async function walkPage(page: Page) {
  const count = await page.evaluate(
    () =>
      document.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ).length,
  );
  const stops = [];
  for (let i = 0; i <= count; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (state.element === 'body' && i > 0) break;
    stops.push(state);
  }
  return stops;
}

function header(page: Page) {
  const banner = page.getByRole('banner');
  return {
    skip: page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }),
    home: banner.getByRole('link', { name: 'Sổ tay Đại đoàn kết' }),
    search: banner.getByRole('searchbox', { name: 'Tìm trong sổ tay' }),
    smaller: banner.getByRole('button', { name: /Giảm cỡ chữ/ }),
    larger: banner.getByRole('button', { name: /Tăng cỡ chữ/ }),
    theme: banner.getByRole('button', { name: 'Giao diện tối' }),
    nav: page.getByRole('navigation', { name: 'Chính' }).getByRole('link'),
  };
}

test.describe('dùng bằng bàn phím', () => {
  test('Tab đi qua đầu trang theo thứ tự đọc, điểm dừng nào cũng thấy viền tiêu điểm', async ({ page }) => {
    // A section page: the home page shows its own large search box instead of the header's.
    await page.goto('/chu-de/');
    const { skip, home, search, smaller, larger, theme, nav } = header(page);
    // The header's "Mục lục" holds the sections, then the reading size and the theme (shown as a row here).
    const expected = [skip, home, search, ...(await nav.all()), smaller, larger, theme];
    for (const [index, locator] of expected.entries()) {
      await locator.evaluate((element, i) => element.setAttribute('data-thu-tu', String(i)), index);
    }
    const order: number[] = [];
    for (let i = 0; i < 40 && order.at(-1) !== expected.length - 1; i++) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      expect(state.problems, state.element).toEqual([]);
      const index = await page.evaluate(() => document.activeElement?.getAttribute('data-thu-tu'));
      if (index) order.push(Number(index));
    }
    expect(order).toEqual(expected.map((_, index) => index));
  });

  test('ô tìm kiếm: gõ rồi Enter mở trang kết quả với truy vấn trong địa chỉ', async ({ page }) => {
    await page.goto('/chu-de/');
    const { search } = header(page);
    await tabTo(page, search);
    await page.keyboard.type('nông thôn mới');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=n%C3%B4ng(\+|%20)th%C3%B4n(\+|%20)m%E1%BB%9Bi/);
  });

  test('nút giao diện tối bật, tắt bằng Space và Enter, tiêu điểm ở lại', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const { theme } = header(page);
    await tabTo(page, theme);
    await page.keyboard.press('Space');
    await expect(theme).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Enter');
    await expect(theme).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(theme).toBeFocused();
  });

  test('A−/A+ đổi cỡ chữ bằng bàn phím, dừng ở hai đầu mà không mất tiêu điểm, và được ghi nhớ', async ({
    page,
  }) => {
    await page.goto('/chu-de/');
    const { smaller, larger } = header(page);
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const size = page.getByRole('banner').getByRole('group', { name: 'Cỡ chữ' }).getByText(/%$/);
    expect(await fontSize()).toBe('16px');
    await expect(size).toHaveText('100%');

    await tabTo(page, larger);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await fontSize()).toBe('20px');
    await expect(size).toHaveText('125%');

    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    expect(await fontSize()).toBe('32px');
    await expect(larger).toHaveAttribute('aria-disabled', 'true');
    await expect(larger).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(smaller).toBeFocused();
    for (let i = 0; i < 10; i++) await page.keyboard.press('Enter');
    await expect(size).toHaveText('90%');
    await expect(smaller).toHaveAttribute('aria-disabled', 'true');
    await expect(larger).toHaveAttribute('aria-disabled', 'false');
    await expect(smaller).toBeFocused();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(size).toHaveText('100%');
    await page.keyboard.press('Enter');
    await page.goto('/van-ban/');
    expect(await fontSize()).toBe('17.6px');
    await expect(header(page).larger).toHaveAttribute('aria-disabled', 'false');
    await expect(page.getByRole('banner').getByRole('group', { name: 'Cỡ chữ' }).getByText(/%$/)).toHaveText(
      '110%',
    );
  });

  test('cỡ chữ đã chọn áp dụng trước lần vẽ đầu tiên, trang không nhảy', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('reading-scale', '1.5');
      // Record the root font size the moment <body> starts, before any deferred script runs.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { firstFontSize: string }).firstFontSize = getComputedStyle(
          document.documentElement,
        ).fontSize;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/');
    expect(await page.evaluate(() => (window as unknown as { firstFontSize: string }).firstFontSize)).toBe(
      '24px',
    );
  });

  test('ở 320 px, mọi liên kết của điều hướng chính đến được bằng Tab và hiện ra khi có tiêu điểm', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    // On a phone the sections are in the "Mục lục" menu: a Tab stop that Enter opens.
    const menu = page.getByRole('banner').locator('summary', { hasText: 'Mục lục' });
    await tabTo(page, menu);
    await page.keyboard.press('Enter');
    const links = await header(page).nav.all();
    expect(links.length).toBeGreaterThan(3);
    let reached = 0;
    for (const link of links) {
      // A link tucked into a closed menu is not a Tab stop until the menu opens.
      if (!(await link.isVisible())) continue;
      await tabTo(page, link);
      await expect(link).toBeInViewport();
      const state = await focusState(page);
      expect(state.problems, state.element).toEqual([]);
      reached++;
    }
    expect(reached).toBeGreaterThan(3);
  });

  for (const path of displayPaths()) {
    test(`mọi điểm dừng Tab trên ${path} đều thấy viền tiêu điểm và không bị che`, async ({
      reusedPage: page,
    }) => {
      test.slow();
      // No animation: the check is about the indicator at each of 150 stops (the plan page).
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      const stops = await walkPage(page);
      // The walk went through the page: a slide view has only its bar (back, next, full screen, exit).
      expect(stops.length).toBeGreaterThan(path.endsWith('/trinh-chieu/') ? 3 : 10);
      expect(stops.filter((stop) => stop.problems.length > 0)).toEqual([]);
    });
  }
});
