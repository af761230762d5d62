/**
 * While a reader browses the key pages and searches, no request leaves the site's own
 * server and the Content-Security-Policy blocks nothing the site needs; what it is for
 * (inline code the build did not put there) it does block.
 */
import { expect, test } from './fixtures.ts';

const KEY_PAGES = [
  '/',
  '/ke-hoach/2022/',
  '/chu-de/doan-ket-toan-dan/',
  '/van-ban/01-kl-tw/',
  '/cuoc-van-dong/nguoi-viet-nam-uu-tien-dung-hang-viet-nam/',
  '/dien-hinh/',
  '/don-vi/',
  '/bai-giang/bai-giang-doan-ket-toan-dan/',
  '/thuat-ngu/',
  '/lich/',
  '/du-lieu-mo/',
  '/ban-do-trich-dan/',
  '/bai-giang/bai-giang-doan-ket-toan-dan/trinh-chieu/',
];

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test('không yêu cầu nào rời khỏi máy chủ của sổ tay, CSP không chặn gì của trang', async ({
  page,
  baseURL,
}) => {
  test.slow(); // Thirteen pages, each until the network is idle.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of KEY_PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
  }
  // Search, through the UI: Pagefind's script, its worker, WebAssembly and index, under the policy.
  await page.goto('/tim-kiem/?q=doan+ket');
  await expect(page.locator('#ket-qua-tim-kiem').getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);

  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(KEY_PAGES.length);
  expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
});

test('CSP chặn mã nội tuyến không do bản dựng đặt vào', async ({ browser, baseURL }) => {
  // A page of its own: the blocked script is logged as a console error, which the shared fixture forbids.
  const context = await browser.newContext({ baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/van-ban/01-kl-tw/');
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((done) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          done({ ran: 'injected' in window, directive: event.effectiveDirective }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
  await context.close();
});
