import { expect, test } from './fixtures.ts';

const THEME = '/chu-de/phong-chong-covid-19/';

test.describe('trang một mục', () => {
  test('đường dẫn (breadcrumbs) đưa về danh mục và trang chủ', async ({ page }) => {
    await page.goto(THEME);
    const trail = page.getByRole('navigation', { name: 'Đường dẫn' });
    await expect(trail.getByRole('listitem')).toHaveText([
      'Trang chủ ›',
      'Chủ đề tuyên truyền ›',
      'Phòng, chống Covid-19',
    ]);
    await expect(trail.locator('[aria-current="page"]')).toHaveText('Phòng, chống Covid-19');
    await trail.getByRole('link', { name: 'Chủ đề tuyên truyền' }).click();
    await expect(page).toHaveURL('/chu-de/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề tuyên truyền');
  });

  test('mục lục liệt kê các phần của trang dài và đưa đến đúng phần', async ({ page }) => {
    await page.goto(THEME);
    const toc = page.getByRole('navigation', { name: 'Trên trang này' });
    const links = toc.getByRole('link');
    await expect(links.first()).toHaveText('Thông điệp chính');
    await expect(toc.getByRole('link', { name: 'Hiểu cho đúng' })).toBeVisible();
    await expect(toc.getByRole('link', { name: 'Dựa trên Kế hoạch 2022' })).toBeVisible();
    for (const href of await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))) {
      await expect(page.locator(`h2${href}`), `${href} là một tiêu đề trên trang`).toHaveCount(1);
    }
    await toc.getByRole('link', { name: 'Hiểu cho đúng' }).click();
    await expect(page).toHaveURL(/#hieu-cho-dung$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Hiểu cho đúng' })).toBeInViewport();
  });

  test('trên điện thoại, mục lục gập lại dưới tiêu đề và mở khi bấm', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(THEME);
    const toc = page.getByRole('navigation', { name: 'Trên trang này' });
    await expect(toc.getByRole('link', { name: 'Hiểu cho đúng' })).toBeHidden();
    await toc.getByText('Trên trang này').click();
    await toc.getByRole('link', { name: 'Hiểu cho đúng' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Hiểu cho đúng' })).toBeInViewport();
  });

  // Every entry page of the content is now long enough for a table of contents; when a
  // page is too short for one is unit-tested (tests/unit/lib/table-of-contents.test.ts).
  test('mục lục có phần "Nguồn" (các nguồn đánh số) và đưa đến đó', async ({ page }) => {
    await page.goto('/dien-hinh/kon-tum-me-do-dau/');
    const toc = page.getByRole('navigation', { name: 'Trên trang này' });
    await toc.getByRole('link', { name: 'Nguồn', exact: true }).click();
    await expect(page).toHaveURL(/#footnote-label$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Nguồn', exact: true })).toBeInViewport();
  });

  test('chủ đề trước và sau theo thứ tự của kế hoạch', async ({ page }) => {
    await page.goto(THEME);
    const sequence = page.getByRole('navigation', { name: 'Chủ đề trước và sau' });
    await expect(sequence.getByRole('link')).toHaveCount(2);
    await sequence.getByRole('link', { name: /Chủ đề 3/ }).click();
    await expect(page).toHaveURL('/chu-de/thi-dua-yeu-nuoc-va-cuoc-van-dong/');
    await page.goto('/chu-de/doan-ket-toan-dan/');
    await expect(page.getByRole('navigation', { name: 'Chủ đề trước và sau' }).getByRole('link')).toHaveText([
      /Chủ đề 2/,
    ]);
  });

  test('văn bản liệt kê các chủ đề và bài giảng trích dẫn nó, mỗi mục một cú bấm', async ({ page }) => {
    await page.goto('/van-ban/07-kl-tw/');
    const citing = page.getByRole('region', { name: 'Được trích dẫn ở' });
    await citing.getByRole('link', { name: 'Phòng, chống Covid-19' }).click();
    await expect(page).toHaveURL(THEME);
  });
});

test.describe('nút chia sẻ', () => {
  test('dùng bảng chia sẻ của hệ thống khi trình duyệt có (Web Share API)', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(`${THEME}#hieu-cho-dung`);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({
        title: expect.stringContaining('Tuyên truyền, vận động nhân dân') as unknown as string,
        url: `http://localhost:${new URL(page.url()).port}${THEME}`,
      });
  });

  test('không có Web Share: chép đường dẫn và báo cho người đọc', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto(THEME);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect(page.locator('share-button').getByRole('status')).toHaveText('Đã chép đường dẫn.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('không chép được: hiện đường dẫn trong ô để tự chép', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    await page.goto(THEME);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    const field = page.getByRole('textbox', { name: 'Đường dẫn của trang này' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
    await expect(page.locator('share-button').getByRole('status')).toHaveText('Chép đường dẫn trong ô này.');
  });
});

test.describe('bản đồ trích dẫn', () => {
  test('mỗi ô của bản đồ là một liên kết có tên, dẫn đến trang có thật', async ({ page, request }) => {
    await page.goto('/ban-do-trich-dan/');
    const map = page.locator('svg').filter({ has: page.locator('a') });
    const nodes = map.getByRole('link');
    await expect(nodes).toHaveCount(25);
    const targets = await nodes.evaluateAll((links) =>
      links.map((link) => ({ name: link.getAttribute('aria-label'), href: link.getAttribute('href') })),
    );
    expect(targets.filter((t) => t.name?.startsWith('Chủ đề: '))).toHaveLength(5);
    for (const target of targets) {
      expect((await request.get(target.href!)).status(), `${target.name} → ${target.href}`).toBe(200);
    }
    await map.getByRole('link', { name: 'Văn bản: Kết luận 01-KL/TW' }).click();
    await expect(page).toHaveURL('/van-ban/01-kl-tw/');
  });

  test('danh sách bên cạnh có đủ các mục của bản đồ', async ({ page }) => {
    await page.goto('/ban-do-trich-dan/');
    const mapHrefs = await page
      .locator('svg a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort());
    const list = page.getByRole('region', { name: 'Bản đồ dưới dạng danh sách' });
    const listHrefs = await list
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect([...new Set(listHrefs.filter((href) => !href?.startsWith('/ke-hoach/')))].sort()).toEqual(
      mapHrefs,
    );
  });

  test('trên điện thoại, bản đồ giữ cỡ chữ đọc được và cuộn ngang trong khung của nó', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/ban-do-trich-dan/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const fontSize = await page
      .locator('svg a text')
      .first()
      .evaluate((text) => text.getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(12);
    const frame = page
      .getByRole('figure', { name: /Bản đồ trích dẫn của Kế hoạch 2022/ })
      .locator('div')
      .first();
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});

test.describe('trang chủ và trang 404', () => {
  test('mỗi người đọc có lối vào riêng, đến đích trong hai lần bấm', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 3, name: /Chủ đề 1: Đoàn kết toàn dân/ })).toBeVisible();
    await page.getByRole('link', { name: 'Cấp huyện, quận' }).click();
    await expect(page).toHaveURL('/don-vi/#cap-huyen-quan');
    await expect(page.getByRole('heading', { level: 2, name: 'Cấp huyện, quận' })).toBeInViewport();
    await page.goto('/');
    const citizens = page.getByRole('region', { name: 'Người dân: tham gia thế nào?' });
    await citizens.getByRole('list').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/cuoc-van-dong\/[a-z0-9-]+\/#tham-gia$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Tham gia thế nào?' })).toBeInViewport();
    await page.goto('/');
    await citizens.getByRole('link', { name: 'Mặt trận Tổ quốc Việt Nam là gì?' }).click();
    await expect(page).toHaveURL('/mat-tran-to-quoc-viet-nam-la-gi/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mặt trận Tổ quốc Việt Nam là gì?' }),
    ).toBeVisible();
  });

  test('trang 404 có ô tìm kiếm và các lối vào chính', async ({ page, consoleErrors }) => {
    const response = await page.goto('/khong-co-trang-nay/');
    expect(response?.status()).toBe(404);
    // The browser logs the 404 itself, once per load (the fixture loads the page again when
    // the site's fonts came too late on a busy machine); that is the only error allowed.
    const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(consoleErrors.length).toBeGreaterThan(0);
    expect(new Set(consoleErrors)).toEqual(new Set([notFound]));
    consoleErrors.length = 0;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.getByRole('link', { name: 'Chủ đề tuyên truyền' }).click();
    await expect(page).toHaveURL('/chu-de/');
  });
});
