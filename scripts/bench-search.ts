/**
 * Search benchmark: `npm run bench:search` (after `npm run build`). Serves dist/ with
 * `astro preview` (port $PORT, default 4321), opens a reading page in Chromium and
 * types a set of queries into the header box key by key, then opens the search page
 * cold. For each query it prints the time from the last keystroke to its results on
 * screen, and the bytes the browser fetched for it: as served, and gzip-compressed as a static host
 * would send the text files (Pagefind's index files are compressed already).
 * It also prints the search JavaScript a reading page loads before any search.
 * The service worker is kept out: its first install downloads the whole site in the
 * background (4 MB) and would time that instead of the search.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from './lib/chromium.ts';
import { prepareFontSetups } from './lib/system-fonts.ts';

const PORT = Number(process.env['PORT'] ?? 4321);
const ORIGIN = `http://localhost:${PORT}`;
const READING_PAGE = '/chu-de/doan-ket-toan-dan/';
const QUERIES = [
  'doan ket',
  'hang viet',
  '37 qd tw',
  'MTTQ',
  'dang vien khong duoc lam',
  'nong thon moi',
  'dan biet dan ban dan lam',
];

async function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', 'localhost'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro preview did not start on ${ORIGIN}`);
}

/** Bytes of the responses seen while `action` runs: as served, and as gzip would send them. */
async function measureBytes(page: Page, action: () => Promise<void>) {
  const responses: Response[] = [];
  const record = (response: Response) => responses.push(response);
  page.on('response', record);
  await action();
  page.off('response', record);
  let served = 0;
  let gzip = 0;
  const files: string[] = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.headers()['content-type'] ?? '';
    served += body.length;
    gzip += /javascript|json|html|css|svg|text/.test(type) ? gzipSync(body).length : body.length;
    files.push(new URL(response.url()).pathname);
  }
  return { served, gzip, files };
}

/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY_MS = 120;

/**
 * Types a query into the header box key by key, as a reader does, and resolves with the
 * milliseconds from the last keystroke (and from focusing the box) to the first frame
 * with the results for the whole query on screen. The page notes that frame itself:
 * Playwright's `type` holds each key down for the delay, so the time it returns is
 * already a delay past the last keystroke.
 */
async function typeQuery(page: Page, query: string): Promise<{ afterLastKey: number; afterFocus: number }> {
  const box = page.locator('site-search input');
  await box.fill('');
  await page.evaluate((text) => {
    const state = { focus: 0, lastKey: 0, shown: 0 };
    (window as unknown as { bench: typeof state }).bench = state;
    const input = document.querySelector<HTMLInputElement>('site-search input')!;
    input.addEventListener('input', () => (state.lastKey = performance.now()));
    const shown = () => {
      const panel = document.getElementById(`${input.id}-goi-y`);
      return (
        input.value === text &&
        (panel?.querySelector('ol')?.childElementCount ?? 0) > 0 &&
        (panel?.querySelector('[role="status"]')?.textContent ?? '').includes(`“${text}”`)
      );
    };
    const watch = (frame: number) => {
      if (shown()) state.shown = frame;
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    state.focus = performance.now();
    input.focus();
  }, query);
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction(
    () => (window as unknown as { bench: { shown: number } }).bench.shown > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(() => {
    const { focus, lastKey, shown } = (
      window as unknown as { bench: { focus: number; lastKey: number; shown: number } }
    ).bench;
    return { afterLastKey: shown - lastKey, afterFocus: shown - focus };
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `npm run test:e2e` once, or set CHROMIUM_PATH.');
const server = await startServer();
await prepareFontSetups();
const browser = await chromium.launch(chromiumLaunchOptions('android'));
try {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const before = await measureBytes(page, async () => {
    await page.goto(`${ORIGIN}${READING_PAGE}`, { waitUntil: 'networkidle' });
  });
  const scripts = before.files.filter((file) => file.endsWith('.js'));
  let searchScript = 0;
  for (const file of scripts.filter((path) => path.includes('SiteSearch'))) {
    const response = await fetch(`${ORIGIN}${file}`);
    searchScript += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  console.log(`Trang đọc ${READING_PAGE}: ${scripts.length} tệp JS; mã tìm kiếm ${searchScript} B gzip.`);
  console.log('');
  console.log(`Ô tìm kiếm đầu trang, gõ từng phím cách nhau ${KEY_DELAY_MS} ms:`);
  console.log('  truy vấn                     phím cuối → kết quả   tải về: như phục vụ / gzip   tệp');
  for (const [index, query] of QUERIES.entries()) {
    let timing = { afterLastKey: 0, afterFocus: 0 };
    const bytes = await measureBytes(page, async () => {
      timing = await typeQuery(page, query);
      await page.waitForLoadState('networkidle');
    });
    const label = `${index === 0 ? '(đầu tiên) ' : ''}${query}`.padEnd(28);
    console.log(
      `  ${label} ${timing.afterLastKey.toFixed(0).padStart(8)} ms          ${kb(bytes.served).padStart(9)} / ${kb(bytes.gzip).padStart(9)}   ${String(bytes.files.length).padStart(3)}`,
    );
    if (index === 0) {
      console.log(`  (lần đầu: ${timing.afterFocus.toFixed(0)} ms từ lúc đặt con trỏ vào ô đến kết quả)`);
    }
  }

  const fresh = await browser.newPage({ serviceWorkers: 'block' });
  let pageMs = 0;
  const cold = await measureBytes(fresh, async () => {
    await fresh.goto(`${ORIGIN}/tim-kiem/?q=hang+viet`);
    await fresh.locator('#ket-qua-tim-kiem a').first().waitFor();
    pageMs = await fresh.evaluate(() => performance.now());
    await fresh.waitForLoadState('networkidle');
  });
  console.log('');
  console.log(
    `Trang tìm kiếm mở nguội /tim-kiem/?q=hang+viet: kết quả sau ${pageMs.toFixed(0)} ms kể từ khi mở, ` +
      `tải ${kb(cold.served)} (gzip ${kb(cold.gzip)}), ${cold.files.length} tệp.`,
  );
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
