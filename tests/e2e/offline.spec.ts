/**
 * Offline: after one visit, with the server gone and the network cut, the pages a reader
 * opened still open and a page never opened gets the offline page; once the reader chose
 * "save everything" there (its size shown first), every page opens and search works; a
 * new version of the site is picked up on the next visit, never under a page in use.
 * These tests run their own server (tests/e2e/static-server.ts) so they can stop it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { RETIRE_SERVICE_WORKER } from '../../src/lib/offline/retire-service-worker.ts';
import { expect, test } from './fixtures.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

test.use({ serviceWorkers: 'allow' });
// The "save everything" test fetches the whole site (a few megabytes, over a hundred files).
test.describe.configure({ timeout: 120_000 });

let server: StaticServer;
test.beforeEach(async () => {
  server = await serveStatic('dist');
});
test.afterEach(async () => {
  await server.close();
});

/** Opens the site and waits until the service worker has saved it and controls the page. */
async function visitOnce(page: Page, path = '/'): Promise<void> {
  await page.goto(`${server.origin}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/**
 * Cuts the network, as a device that loses it would. `setOffline` is DevTools' offline
 * emulation; Chromium 156 applies it to every document, but Chromium 150 only to those
 * already open: a page opened afterwards, even in a new tab, starts with
 * `navigator.onLine` true, so the offline notice stays hidden. With a real loss of
 * network (run in a network namespace with only loopback, `unshare -n`) Chromium 150
 * reports false there too and shows the notice: the harness differs, not the product.
 * So each new document is also told, as the operating system would tell it; where the
 * emulation already did (`onLine` false from the start), nothing is changed.
 */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.addInitScript(() => {
    if (!navigator.onLine) return;
    let online = false;
    addEventListener('online', () => (online = true), { capture: true });
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => online });
  });
}

test('lần đầu mở sổ tay: báo một lần rằng sổ tay đã được lưu trên máy, kèm dung lượng', async ({ page }) => {
  await page.goto(`${server.origin}/`);
  const notice = page.locator('offline-status p');
  await expect(notice).toHaveText(
    /^Đã lưu sổ tay trên máy này \(khoảng \d+,\d MB\): khi không có mạng vẫn mở được trang chủ, tìm kiếm/,
  );
  const megabytes = Number(
    /khoảng (\d+,\d) MB/.exec((await notice.textContent()) ?? '')![1]!.replace(',', '.'),
  );
  expect(megabytes).toBeGreaterThan(0.1);
  expect(megabytes).toBeLessThan(5);

  // The next visit says nothing: the worker already controls the page.
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => navigator.storage.estimate()));
  await expect(notice).toHaveText('');
});

test('sau một lần truy cập, không có mạng: trang đã mở vẫn đọc được, trang chưa mở thì không', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await page.goto(`${server.origin}/van-ban/01-kl-tw/`);
  await server.close();
  await goOffline(context);

  await page.goto(`${server.origin}/van-ban/01-kl-tw/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết luận 01-KL/TW');
  await expect(page.getByText('Không có mạng. Sổ tay đã được lưu trên máy này')).toContainText(
    'những trang đã mở',
  );
  await page.goto(`${server.origin}/chu-de/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có mạng');
});

test('"Lưu cả sổ tay" (cỡ hiện trước): rồi không có mạng vẫn mở được trang chưa xem và tìm được', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/ngoai-tuyen/');
  const save = page.getByRole('region', { name: 'Lưu cả sổ tay để đọc ngoại tuyến' });
  await expect(save).toContainText(/khoảng [\d,]+ MB sẽ được tải về máy/);
  await save.getByRole('button', { name: 'Lưu cả sổ tay để đọc ngoại tuyến' }).click();
  await expect(save.getByText(/^Đã lưu cả sổ tay \(\d+ trang\)/)).toBeVisible({ timeout: 60_000 });
  await server.close();
  await goOffline(context);

  await page.goto(`${server.origin}/van-ban/01-kl-tw/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết luận 01-KL/TW');

  // The search page, as a shared link opens it…
  await page.goto(`${server.origin}/tim-kiem/?q=nong+thon+moi`);
  const rural = page
    .locator('#ket-qua-tim-kiem')
    .getByRole('link', { name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh' });
  await expect(rural).toBeVisible({ timeout: 20_000 });
  await rural.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
  );
  // …and the header box, as a reader types.
  await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).fill('hang viet');
  await expect(page.locator('#o-tim-kiem-goi-y').getByRole('link').first()).toHaveText(
    'Người Việt Nam ưu tiên dùng hàng Việt Nam',
    { timeout: 20_000 },
  );
});

test('không có mạng, địa chỉ chưa từng lưu: trang "Không có mạng" với lối vào sổ tay', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await goOffline(context);
  await page.goto(`${server.origin}/khong-co-trang-nay/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có mạng');
  // The home page is always saved (the shell); other sections only once opened or saved.
  await page.getByRole('main').getByRole('link', { name: 'Trang chủ' }).click();
  await expect(page).toHaveURL(`${server.origin}/`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Không có mạng');
});

test('thông báo "Không có mạng" hiện khi mất mạng, tắt khi có lại', async ({ page, context }) => {
  await visitOnce(page);
  const notice = page.getByText('Không có mạng. Sổ tay đã được lưu trên máy này');
  await expect(notice).toHaveCount(0);
  await context.setOffline(true);
  await expect(notice).toBeVisible();
  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
});

test.describe('cập nhật', () => {
  let next: string;
  test.beforeEach(() => {
    // The next version of the site: one page changed, and the home page's revision in the
    // service worker with it, as the next build would write it.
    next = mkdtempSync(join(tmpdir(), 'so-tay-ban-moi-'));
    cpSync('dist', next, { recursive: true });
    const home = join(next, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', '</h1><p>Bản cập nhật mới</p>'));
    const sw = join(next, 'sw.js');
    const updated = readFileSync(sw, 'utf8').replace(
      /(\{url:"index\.html",revision:")[0-9a-f]+"/,
      `$1${'0'.repeat(32)}"`,
    );
    expect(updated).not.toBe(readFileSync(sw, 'utf8'));
    writeFileSync(sw, updated);
  });
  test.afterEach(() => rmSync(next, { recursive: true, force: true }));

  test('bản mới dùng từ lần truy cập sau; trang đang mở không bị đổi giữa chừng', async ({
    page,
    context,
  }) => {
    await visitOnce(page);
    server.root = next;

    // Still in use: each navigation is served by the version it started with. Browsers look
    // for a new service worker on navigation, when they see fit; the test asks at once.
    await page.goto(`${server.origin}/chu-de/`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect
      .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting)))
      .toBe(true);
    await page.goto(`${server.origin}/`);
    await expect(page.getByText('Bản cập nhật mới')).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Tìm trong sổ tay' }).fill('doan ket');
    await expect(page.locator('#o-tim-kiem-goi-y').getByRole('link').first()).toBeVisible({
      timeout: 20_000,
    });

    // The reader closes the site and comes back: the new version. The waiting worker takes
    // over once no page of the site is open; the browser does that asynchronously, so a
    // loaded machine may serve a visit before it has. A visit in the same tab would keep
    // the old worker in use for ever, so each try is a new tab, closed again after.
    await page.close();
    const visit = async () => {
      const again = await context.newPage();
      await again.goto(`${server.origin}/`);
      const count = await again.getByText('Bản cập nhật mới').count();
      await again.close();
      return count;
    };
    await expect.poll(visit, { timeout: 30_000, intervals: [250, 500, 1000] }).toBe(1);
  });
});

test.describe('gỡ service worker', () => {
  let next: string;
  test.beforeEach(() => {
    // What `astro dev` serves on the same address: live pages, and a /sw.js that retires the saved site.
    next = mkdtempSync(join(tmpdir(), 'so-tay-dev-'));
    cpSync('dist', next, { recursive: true });
    const home = join(next, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', '</h1><p>Trang đang soạn</p>'));
    writeFileSync(join(next, 'sw.js'), RETIRE_SERVICE_WORKER);
  });
  test.afterEach(() => rmSync(next, { recursive: true, force: true }));

  test('service worker của máy chủ dev xoá bản đã lưu và tải lại trang từ máy chủ', async ({ page }) => {
    await visitOnce(page);
    server.root = next;
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect(page.getByText('Trang đang soạn')).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  });
});
