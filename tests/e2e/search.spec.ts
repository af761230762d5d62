/**
 * Search in the browser, on the built site: results as you type in the header box, the
 * search page with filters and its state in the URL, the keyboard, highlighting on the
 * opened page, hostile input, and the page without JavaScript.
 */
import type { Page } from '@playwright/test';
import { NONSENSE_QUERY } from '../site/search-node.ts';
import { expect, test } from './fixtures.ts';

const SEARCH_BOX = { name: 'Tìm trong sổ tay' };

/**
 * The first search of a page downloads Pagefind and its index; on a busy test machine
 * that can take seconds, so the first results get more time than other checks.
 */
const FIRST_RESULTS = { timeout: 20_000 };

/** The list of results under the header box. */
function suggestions(page: Page) {
  return page.locator('#o-tim-kiem-goi-y');
}

/** The results list of the search page. */
function results(page: Page) {
  return page.locator('#ket-qua-tim-kiem');
}

test.describe('ô tìm kiếm ở đầu trang', () => {
  test('chỉ tải Pagefind khi người đọc bắt đầu tìm, rồi hiện kết quả khi gõ', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/chu-de/doan-ket-toan-dan/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    await page.getByRole('searchbox', SEARCH_BOX).fill('hang viet');
    const first = suggestions(page).getByRole('link').first();
    await expect(first).toHaveText('Người Việt Nam ưu tiên dùng hàng Việt Nam', FIRST_RESULTS);
    await expect(suggestions(page).getByRole('status')).toContainText('kết quả cho “hang viet”');
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(requested).toContain('/tim-kiem/tu-dien.json');
  });

  test('một chữ cái chưa mở danh sách kết quả (khớp gần như mọi trang)', async ({ page }) => {
    await page.goto('/dien-hinh/');
    const box = page.getByRole('searchbox', SEARCH_BOX);
    await box.fill('hang');
    await expect(suggestions(page).getByRole('link').first()).toBeVisible(FIRST_RESULTS);
    await box.fill('h');
    await expect(suggestions(page)).toBeHidden();
  });

  test('số hiệu viết kiểu nào cũng đưa văn bản lên đầu', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', SEARCH_BOX);
    for (const query of ['37 qd tw', '37-QĐ/TW', 'quy dinh 37']) {
      await box.fill(query);
      const first = suggestions(page).getByRole('listitem').first();
      await expect(first, query).toContainText('Đúng số hiệu', FIRST_RESULTS);
      await expect(first.getByRole('link'), query).toHaveText('Quy định 37-QĐ/TW');
    }
  });

  test('Enter mở trang tìm kiếm với từ khóa', async ({ page }) => {
    await page.goto('/lich/');
    await page.getByRole('searchbox', SEARCH_BOX).fill('nong thon moi');
    await page.getByRole('searchbox', SEARCH_BOX).press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=nong\+thon\+moi$/);
    await expect(results(page).getByRole('link').first()).toHaveText(
      'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
      FIRST_RESULTS,
    );
  });
});

test.describe('bàn phím', () => {
  test('"/" đưa con trỏ vào ô tìm kiếm, mũi tên đi qua kết quả, Escape đóng', async ({ page }) => {
    await page.goto('/van-ban/01-kl-tw/');
    const box = page.getByRole('searchbox', SEARCH_BOX);
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('doan ket');
    const links = suggestions(page).getByRole('link');
    await expect(suggestions(page).getByRole('status')).toContainText('“doan ket”', FIRST_RESULTS);

    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(suggestions(page)).toBeHidden();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('doan ket');
  });

  test('"/" không cướp chữ khi người đọc đang gõ', async ({ page }) => {
    await page.goto('/tim-kiem/');
    const box = page.getByRole('searchbox', { name: 'Từ khóa' });
    await box.click();
    await page.keyboard.type('01-KL/TW');
    await expect(box).toHaveValue('01-KL/TW');
    await page.goto('/thuat-ngu/');
    await page.getByRole('searchbox', SEARCH_BOX).click();
    await page.keyboard.type('a/b');
    await expect(page.getByRole('searchbox', SEARCH_BOX)).toHaveValue('a/b');
  });

  test('trên trang tìm kiếm, "/" vào ô từ khóa và mũi tên xuống đi vào kết quả', async ({ page }) => {
    await page.goto('/tim-kiem/?q=hang+viet');
    await expect(results(page).getByRole('link').first()).toBeVisible(FIRST_RESULTS);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Từ khóa' });
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
  });
});

test.describe('trang tìm kiếm', () => {
  test('lọc theo loại, có số đếm; trạng thái nằm trong địa chỉ, tải lại và chia sẻ vẫn giữ', async ({
    page,
    context,
  }) => {
    await page.goto('/tim-kiem/?q=doan+ket');
    await expect(results(page).getByRole('link').first()).toBeVisible(FIRST_RESULTS);
    const campaigns = page.getByRole('checkbox', { name: /^Cuộc vận động \(\d+\)$/ });
    const label = await page.locator('label', { has: campaigns }).innerText();
    const count = Number(/\((\d+)\)/.exec(label)![1]);
    expect(count).toBeGreaterThan(2);

    await campaigns.check();
    await expect(page).toHaveURL(/loai=cu%E1%BB%99c\+v%E1%BA%ADn\+%C4%91%E1%BB%99ng/);
    const titles = results(page).getByRole('heading', { level: 3 });
    await expect(titles).toHaveCount(count, FIRST_RESULTS);
    for (const href of await titles
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))) {
      expect(href).toMatch(/^\/cuoc-van-dong\//);
    }
    await expect(page.getByRole('status')).toContainText(`Tìm thấy ${count} kết quả`);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('doan ket');
    await expect(page.getByRole('checkbox', { name: /^Cuộc vận động/ })).toBeChecked();
    await expect(titles).toHaveCount(count, FIRST_RESULTS);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.locator('#ket-qua-tim-kiem').getByRole('heading', { level: 3 })).toHaveCount(
      count,
      FIRST_RESULTS,
    );
  });

  test('trên điện thoại bộ lọc gấp lại dưới ô tìm; mở ra thì có các loại với số đếm', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto('/tim-kiem/?q=doan+ket');
    await expect(results(page).getByRole('link').first()).toBeVisible(FIRST_RESULTS);
    const toggle = page.getByText('Lọc kết quả', { exact: true });
    await expect(toggle).toBeVisible();
    const campaigns = page.getByRole('checkbox', { name: /^Cuộc vận động \(\d+\)$/ });
    await expect(campaigns).toBeHidden();

    await toggle.click();
    await expect(campaigns).toBeVisible(FIRST_RESULTS);
    await campaigns.check();
    await expect(page).toHaveURL(/loai=cu%E1%BB%99c\+v%E1%BA%ADn\+%C4%91%E1%BB%99ng/);
    await expect(results(page).getByRole('heading', { level: 3 }).first().getByRole('link')).toHaveAttribute(
      'href',
      /^\/cuoc-van-dong\//,
    );
  });

  test('gõ trên trang thì địa chỉ đổi theo; mở kết quả rồi quay lại vẫn còn tìm kiếm đó', async ({
    page,
  }) => {
    await page.goto('/tim-kiem/');
    await expect(page.getByRole('status')).toContainText('Gõ từ cần tìm', FIRST_RESULTS);
    const box = page.getByRole('searchbox', { name: 'Từ khóa' });
    await box.fill('217');
    await expect(page).toHaveURL(/\?q=217$/);
    await expect(results(page).getByRole('listitem').first()).toContainText(
      'Quyết định 217-QĐ/TW',
      FIRST_RESULTS,
    );
    await box.fill('hang viet');
    await expect(page).toHaveURL(/\?q=hang\+viet$/);
    const first = results(page).getByRole('link').first();
    await expect(first).toHaveText('Người Việt Nam ưu tiên dùng hàng Việt Nam', FIRST_RESULTS);
    await first.click();
    await expect(page).toHaveURL(/\/cuoc-van-dong\//);
    await page.goBack();
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=hang\+viet$/);
    await expect(box).toHaveValue('hang viet');
    await expect(results(page).getByRole('link').first()).toHaveText(
      'Người Việt Nam ưu tiên dùng hàng Việt Nam',
      FIRST_RESULTS,
    );
  });

  test('mỗi kết quả có loại, tiêu đề là liên kết, đoạn trích có từ được đánh dấu, và đề mục con', async ({
    page,
  }) => {
    await page.goto('/tim-kiem/?q=di+tung+ngo+go+tung+nha');
    const plan = results(page)
      .getByRole('listitem')
      .filter({ hasText: 'Kế hoạch' })
      .filter({
        has: page.getByRole('link', { name: 'Đoạn II.2.3' }),
      });
    await expect(plan.first()).toBeVisible(FIRST_RESULTS);
    await expect(plan.first().locator('mark').first()).toBeVisible();
    await expect(plan.first().getByRole('link', { name: 'Đoạn II.2.3' })).toHaveAttribute(
      'href',
      /^\/ke-hoach\/2022\/\?pagefind-highlight=[^#]+#II-2-3$/,
    );
  });

  test('mở một kết quả thì từ đã tìm được đánh dấu trên trang', async ({ page }) => {
    await page.goto('/tim-kiem/?q=hang+viet');
    await results(page).getByRole('link', { name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam' }).click();
    await expect(page).toHaveURL(
      /\/cuoc-van-dong\/nguoi-viet-nam-uu-tien-dung-hang-viet-nam\/\?pagefind-highlight=/,
    );
    const marks = page.locator('main mark');
    await expect(marks.first()).toBeVisible(FIRST_RESULTS);
    const words = new Set(
      (await marks.allInnerTexts()).map((text) =>
        text
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase(),
      ),
    );
    expect([...words].sort()).toEqual(['hang', 'viet']);
  });
});

test.describe('tìm trong luồng riêng (worker)', () => {
  /** Pagefind's files the page itself fetched (a worker's fetches are not the page's resources). */
  const pagefindLoadedByPage = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/pagefind/')),
    );

  test('trang tìm kiếm và ô đầu trang để Pagefind chạy trong worker, không trên trang', async ({ page }) => {
    await page.goto('/tim-kiem/?q=hang+viet');
    await expect(results(page).getByRole('link').first()).toHaveText(
      'Người Việt Nam ưu tiên dùng hàng Việt Nam',
      FIRST_RESULTS,
    );
    expect(await pagefindLoadedByPage(page)).toEqual([]);

    await page.goto('/chu-de/doan-ket-toan-dan/');
    await page.getByRole('searchbox', SEARCH_BOX).fill('37 qd tw');
    await expect(suggestions(page).getByRole('listitem').first()).toContainText(
      'Đúng số hiệu',
      FIRST_RESULTS,
    );
    expect(await pagefindLoadedByPage(page)).toEqual([]);
  });

  test('worker không tải được thì vẫn tìm được, ngay trên trang', async ({ page }) => {
    await page.route('**/_astro/search-worker*', (route) => route.abort());
    await page.goto('/tim-kiem/?q=hang+viet');
    await expect(results(page).getByRole('link').first()).toHaveText(
      'Người Việt Nam ưu tiên dùng hàng Việt Nam',
      FIRST_RESULTS,
    );
    expect(await pagefindLoadedByPage(page)).toContain('/pagefind/pagefind.js');
  });

  test('trình duyệt không có worker thì vẫn tìm được, ngay trên trang', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
    await page.goto('/');
    await page.getByRole('searchbox', SEARCH_BOX).fill('hang viet');
    await expect(suggestions(page).getByRole('link').first()).toHaveText(
      'Người Việt Nam ưu tiên dùng hàng Việt Nam',
      FIRST_RESULTS,
    );
    expect(await pagefindLoadedByPage(page)).toContain('/pagefind/pagefind.js');
  });
});

test.describe('đầu vào bất kỳ đều an toàn', () => {
  const hostile: [string, string, RegExp][] = [
    ['2.000 ký tự', 'hàng việt '.repeat(200), /chỉ phần đầu được dùng để tìm/],
    ['emoji', '🙂🇻🇳🙂', /không có chữ hay số nào để tìm/],
    [
      'thẻ script',
      '<script>window.__bi_chen = 1</script><img src=x onerror="window.__bi_chen=1">',
      /kết quả/,
    ],
    ['chỉ dấu câu', '?!.,;:…—"\'', /không có chữ hay số nào để tìm/],
  ];

  /** Elements that could run code or load something, in the page's main content. */
  const activeMarkup = (page: Page) =>
    page.locator('main script, main img, main iframe, main [onerror]').count();

  for (const [name, query, message] of hostile) {
    test(`${name}: không lỗi, không chèn mã, có lời nhắn dễ hiểu`, async ({ page }) => {
      page.on('dialog', (dialog) => {
        throw new Error(`hộp thoại bất ngờ: ${dialog.message()}`);
      });
      await page.goto('/tim-kiem/');
      const before = await activeMarkup(page);
      await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toHaveText(message, FIRST_RESULTS);
      expect(await activeMarkup(page)).toBe(before);

      await page.goto('/chu-de/doan-ket-toan-dan/');
      const reading = await activeMarkup(page);
      await page.getByRole('searchbox', SEARCH_BOX).fill(query);
      await expect(suggestions(page).getByRole('status')).toHaveText(message, FIRST_RESULTS);
      expect(await activeMarkup(page)).toBe(reading);
      expect(await page.evaluate(() => (window as { __bi_chen?: number }).__bi_chen)).toBeUndefined();
    });
  }

  test('rỗng: trang tìm kiếm mời gõ và đưa ví dụ; ô đầu trang không mở danh sách', async ({ page }) => {
    await page.goto('/tim-kiem/?q=');
    await expect(page.getByRole('status')).toHaveText(/Gõ từ cần tìm/, FIRST_RESULTS);
    await expect(page.getByRole('link', { name: '01-KL/TW' })).toHaveAttribute(
      'href',
      '/tim-kiem/?q=01-KL%2FTW',
    );
    await page.goto('/lich/');
    await page.getByRole('searchbox', SEARCH_BOX).fill('   ');
    await expect(suggestions(page)).toBeHidden();
  });

  test('không tìm thấy gì thì gợi ý cách tìm khác', async ({ page }) => {
    // NONSENSE_QUERY (tests/site/search-queries.test.ts) finds nothing in the real index.
    await page.goto(`/tim-kiem/?q=${NONSENSE_QUERY}`);
    await expect(page.getByRole('status')).toHaveText(
      `Không tìm thấy kết quả nào cho “${NONSENSE_QUERY}”.`,
      FIRST_RESULTS,
    );
    await expect(page.getByText('Hãy thử bỏ bớt từ')).toBeVisible();
    await expect(page.getByRole('link', { name: 'hang viet' })).toHaveAttribute(
      'href',
      '/tim-kiem/?q=hang+viet',
    );
  });
});

test.describe('không có JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('trang tìm kiếm nói rõ và đưa các trang danh mục; ô đầu trang vẫn mở trang tìm kiếm', async ({
    page,
  }) => {
    await page.goto('/tim-kiem/?q=hang+viet');
    // Playwright's text locators skip <noscript>, whose content shows here: look it up by element.
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript p')).toContainText('Trình duyệt đang tắt JavaScript');
    await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Cuộc vận động, phong trào' })).toBeVisible();
    await page.goto('/chu-de/doan-ket-toan-dan/');
    await page.getByRole('searchbox', SEARCH_BOX).fill('01-KL/TW');
    await page.getByRole('searchbox', SEARCH_BOX).press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=01-KL%2FTW$/);
  });
});

test.describe('trang tìm kiếm như người đọc dùng', () => {
  test('trên điện thoại 390×844: một ô tìm, gõ "mttq" thì kết quả đầu nằm trọn trong màn hình đầu', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/tim-kiem/');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Từ khóa' }).fill('mttq');
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link').first()).toHaveText('MTTQ', FIRST_RESULTS);
    const box = (await first.boundingBox())!;
    // Before: two boxes, the first result's top at 464 px; with one box and a breadcrumb, 406 px.
    expect(box.y).toBeLessThan(420);
    expect(box.y + box.height).toBeLessThan(844);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link')).toHaveText([
      'Trang chủ',
    ]);
  });

  test('lọc kết quả có dấu hiệu mở ra được', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/tim-kiem/?q=doan+ket');
    await expect(results(page).getByRole('link').first()).toBeVisible(FIRST_RESULTS);
    const marker = page.locator('[data-filters] summary [data-marker]');
    await expect(marker).toBeVisible();
    const closed = await marker.evaluate((svg) => getComputedStyle(svg).rotate);
    await page.getByText('Lọc kết quả', { exact: true }).click();
    await expect.poll(() => marker.evaluate((svg) => getComputedStyle(svg).rotate)).not.toBe(closed);
  });

  test('chủ đề hiện bằng tên ngắn, cả trên trang tìm kiếm lẫn dưới ô đầu trang', async ({ page }) => {
    await page.goto('/tim-kiem/?q=doan+ket+toan+dan');
    const themeTitle = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByText('Chủ đề', { exact: true }) })
      .first()
      .getByRole('heading', { level: 3 });
    await expect(themeTitle).toHaveText('Đoàn kết toàn dân', FIRST_RESULTS);
    await expect(themeTitle.getByRole('link')).toHaveAttribute('href', /^\/chu-de\/doan-ket-toan-dan\//);

    await page.goto('/lich/');
    await page.getByRole('searchbox', SEARCH_BOX).fill('doan ket toan dan');
    await expect(suggestions(page).getByRole('link', { name: 'Đoàn kết toàn dân', exact: true })).toBeVisible(
      FIRST_RESULTS,
    );
    await expect(
      suggestions(page).getByRole('link', { name: /^Tuyên truyền, vận động, tập hợp các tầng lớp nhân dân/ }),
    ).toHaveCount(0);
  });

  test('một thuật ngữ tìm thấy thì mở đúng mục của nó, không phải đầu trang thuật ngữ', async ({ page }) => {
    await page.goto('/tim-kiem/?q=phan+bien+xa+hoi');
    const glossary = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByText('Thuật ngữ', { exact: true }) })
      .first();
    const title = glossary.getByRole('heading', { level: 3 }).getByRole('link');
    await expect(title).toHaveText('phản biện xã hội', FIRST_RESULTS);
    await title.click();
    await expect(page).toHaveURL(/\/thuat-ngu\/\?pagefind-highlight=[^#]*#phan-bien-xa-hoi$/);
    await expect(page.locator('#phan-bien-xa-hoi')).toBeInViewport();
  });
});
