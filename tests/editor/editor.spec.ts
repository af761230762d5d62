import type { Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { createGitHost } from '../../src/lib/editor/git-host.ts';
import { shotFile } from '../../src/lib/editor/guide-chapter.ts';
import { createEditorServer } from '../../src/lib/editor/web/server.ts';
import { GUIDE_ENTRY, GUIDE_IMAGES, GUIDE_STEPS } from '../../scripts/lib/editor-guide.ts';
import { startMockGitHost } from './mock-git-host.ts';
import { temporaryContent } from './temp-content.ts';

const PORT = Number(process.env['EDITOR_PORT'] ?? 4382);
const BASE = `http://localhost:${PORT}/quan-tri/`;
let content: ReturnType<typeof temporaryContent>;
let server: Server;

test.beforeEach(async () => {
  content = temporaryContent();
  server = await createEditorServer({ root: content.root, port: PORT });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
test.afterEach(async () => {
  // The page is still open here: its keep-alive connections would hold close() until the timeout.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  content.remove();
});

/** Requests the page makes to anything but the editor's own server. */
function watchRequests(page: Page): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`http://localhost:${PORT}/`)) elsewhere.push(request.url());
  });
  return elsewhere;
}

const read = (path: string) => readFileSync(join(content.root, path), 'utf8');

test('list → edit a document’s summary → save → the file changes, the content passes the checker', async ({
  page,
}) => {
  const elsewhere = watchRequests(page);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const before = read('documents/01-kl-tw.mdx');
  await page.goto(BASE);
  await page.getByRole('link', { name: 'Văn bản' }).click();
  await page.getByLabel('Tìm trong danh sách').fill('01-kl');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: '01-kl-tw' })
    .getByRole('link')
    .click();
  const summary = page.getByLabel(/^Tóm tắt/);
  await summary.fill('Tóm tắt đã sửa trên trình duyệt.');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  const after = read('documents/01-kl-tw.mdx');
  expect(after).toBe(before.replace(/^summary: .*$/m, 'summary: Tóm tắt đã sửa trên trình duyệt.'));
  expect(checkContent([content.root])).toEqual([]);
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * Set by `npm run docs:editor-guide`: the walk rewrites the guide's screenshots and the
 * entry the site test builds. Otherwise the screenshots go to test-results/ (pixels are
 * never compared) and the saved entry must be byte for byte the committed one.
 */
const UPDATE_GUIDE = process.env['UPDATE_EDITOR_GUIDE'] === '1';

test('the guide’s walk: add a model example with a plan paragraph, a campaign and a source link; preview; a bad date; save', async ({
  page,
}, testInfo) => {
  const elsewhere = watchRequests(page);
  await page.setViewportSize({ width: 1000, height: 720 });
  const walked: string[] = [];
  /** One step of the guide: its text is the step's name, and it ends with a screenshot of what it returns. */
  const step = async (shot: (typeof GUIDE_STEPS)[number]['shot'], act: () => Promise<Locator | Page>) => {
    const index = GUIDE_STEPS.findIndex((s) => s.shot === shot);
    const guideStep = GUIDE_STEPS[index]!;
    await test.step(guideStep.text, async () => {
      const shown = await act();
      const file = shotFile(guideStep, index);
      await shown.screenshot({
        path: UPDATE_GUIDE ? join(GUIDE_IMAGES, file) : testInfo.outputPath(file),
        animations: 'disabled',
      });
    });
    walked.push(shot);
  };
  const form = page.locator('form');
  const field = (name: string) => form.locator(`[data-field="${name}"]`);

  await step('trang-dau', async () => {
    await page.goto(BASE);
    await expect(page.getByRole('navigation').getByRole('link')).not.toHaveCount(0);
    return page;
  });
  await step('danh-sach', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Mô hình, điển hình' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mô hình, điển hình');
    return page;
  });
  await step('dien-truong', async () => {
    await page.getByRole('link', { name: 'Thêm mục mới' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mục mới: Mô hình, điển hình');
    const { data } = GUIDE_ENTRY;
    await page.getByLabel(/^Mã mục/).fill(GUIDE_ENTRY.id);
    await page.getByLabel(/^Tên mô hình/).fill(data.title);
    await page.getByLabel(/^Nơi thực hiện/).fill(data.place);
    await page.getByLabel(/^Tỉnh/).fill(data.province);
    await page.getByLabel(/^Năm diễn ra/).fill(data.year);
    await page.getByLabel(/^Việc đã làm/).fill(data.summary);
    await page.getByLabel(/^Địa chỉ đầy đủ của trang nguồn/).fill(data.source.url);
    await page.getByLabel(/^Tên trang hoặc bài viết nguồn/).fill(data.source.title);
    await page.getByLabel(/^Cơ quan hoặc tờ báo/).fill(data.source.publisher);
    await page.getByLabel(/^Mã của nguồn/).fill(data.source.id);
    await page.getByLabel(/^Đoạn trích nguyên văn/).fill(data.source.excerpt);
    await page.getByLabel(/^Năm của kế hoạch/).selectOption(data.plan);
    // A date as people often write it: the save step shows what the checker says of it.
    await page.getByLabel(/^Ngày các dữ kiện/).fill(GUIDE_ENTRY.badDate);
    await form.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    return page;
  });
  await step('chon-doan-ke-hoach', async () => {
    await field('sources').getByRole('button', { name: 'Thêm một mục' }).click();
    await field('sources › mục 1').getByRole('combobox').selectOption(GUIDE_ENTRY.data.paragraph);
    await expect(field('sources › mục 1').locator('.doan-van')).toHaveText(GUIDE_ENTRY.paragraphText);
    return field('sources');
  });
  await step('chon-cuoc-van-dong', async () => {
    await field('campaigns').getByRole('button', { name: 'Thêm một mục' }).click();
    await field('campaigns › mục 1').getByRole('combobox').selectOption(GUIDE_ENTRY.data.campaign);
    await expect(field('campaigns › mục 1').getByRole('combobox')).toHaveValue(GUIDE_ENTRY.data.campaign);
    return field('campaigns');
  });
  const body = page.getByRole('textbox', { name: 'Nội dung (MDX)' });
  await step('viet-noi-dung', async () => {
    await body.click();
    for (const [index, line] of GUIDE_ENTRY.body.entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    return field('nội dung');
  });
  const pane = page.getByRole('region', { name: 'Xem trước' });
  await step('xem-truoc', async () => {
    await pane.getByRole('button', { name: 'Xem trước' }).click();
    await expect(pane.getByRole('heading', { level: 2, name: 'Đã làm gì' })).toBeVisible();
    await expect(pane.locator('.prose')).toContainText(GUIDE_ENTRY.previewText);
    await expect(pane.getByRole('link', { name: GUIDE_ENTRY.data.source.title })).toHaveAttribute(
      'href',
      GUIDE_ENTRY.data.source.url,
    );
    return pane;
  });
  const saved = join(content.root, 'examples', `${GUIDE_ENTRY.id}.mdx`);
  await step('loi-duoi-truong', async () => {
    await page.getByRole('button', { name: 'Lưu' }).click();
    // The checker's message (npm run check:content prints the same line), under the field.
    await expect(field('updated').locator('.loi')).toHaveText(
      `content/examples/${GUIDE_ENTRY.id}.mdx:18 — trường "updated": cần ngày dạng YYYY-MM-DD (ví dụ 2021-05-18), nhưng gặp "${GUIDE_ENTRY.badDate}". Hãy viết: ${GUIDE_ENTRY.data.updated}.`,
    );
    expect(() => readFileSync(saved)).toThrow();
    return field('updated');
  });
  await step('da-luu', async () => {
    await page.getByLabel(/^Ngày các dữ kiện/).fill(GUIDE_ENTRY.data.updated);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(GUIDE_ENTRY.data.title);
    await page.getByRole('status').scrollIntoViewIfNeeded();
    return page;
  });

  expect(walked).toEqual(GUIDE_STEPS.map((s) => s.shot));
  expect(checkContent([content.root])).toEqual([]);
  // The integration test (tests/integration/editor-edit-reaches-site.test.ts) builds exactly this file.
  if (UPDATE_GUIDE) writeFileSync(GUIDE_ENTRY.fixture, readFileSync(saved, 'utf8'));
  expect(readFileSync(saved, 'utf8')).toBe(readFileSync(GUIDE_ENTRY.fixture, 'utf8'));
  expect(elsewhere).toEqual([]);
});

test('saving an untouched entry leaves the file as it was; a bad date shows the checker’s message', async ({
  page,
}) => {
  const before = read('documents/01-kl-tw.mdx');
  await page.goto(`${BASE}#/documents/01-kl-tw`);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  expect(read('documents/01-kl-tw.mdx')).toBe(before);
  await page.getByLabel(/^Ngày ban hành/).fill('18/5/2021');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const field = page.locator('[data-field="issued"]');
  await expect(field.locator('.loi')).toContainText(
    /content\/documents\/01-kl-tw\.mdx:\d+ — trường "issued": /,
  );
  expect(read('documents/01-kl-tw.mdx')).toBe(before);
});

test('create → delete, warned of the entries that refer to it', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${BASE}#/glossary`);
  await page.getByRole('link', { name: 'Thêm mục mới' }).click();
  const form = page.locator('form');
  await page.getByLabel(/^Mã mục/).fill('thu-nghiem');
  for (const block of await form.locator('.truong:has([aria-required="true"])').all()) {
    const input = block.locator('[data-control]');
    if ((await input.count()) === 0) continue;
    const tag = await input.evaluate((element) => element.tagName);
    if (tag === 'SELECT') await input.selectOption({ index: 1 });
    else if ((await input.inputValue()) === '') await input.fill('Thử nghiệm');
  }
  await page.getByRole('button', { name: 'Lưu' }).click();
  const problems = page.locator('.tom-tat-loi');
  await expect(page.getByRole('status'))
    .toHaveText('Đã lưu.', { timeout: 15_000 })
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await problems.innerText()}\n${pageErrors.join('\n')}`);
    });
  expect(read('glossary/thu-nghiem.yaml')).toContain('Thử nghiệm');
  expect(checkContent([content.root])).toEqual([]);

  // A campaign that examples refer to: the warning lists them.
  await page.goto(`${BASE}#/campaigns/5k-vac-xin`);
  await page.getByRole('button', { name: 'Xoá mục này' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Cảnh báo');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Huỷ' }).click();

  await page.goto(`${BASE}#/glossary/thu-nghiem`);
  await page.getByRole('button', { name: 'Xoá mục này' }).click();
  await expect(page.getByRole('dialog')).toContainText('Không có mục nào tham chiếu đến mục này.');
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá hẳn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thuật ngữ');
  expect(() => read('glossary/thu-nghiem.yaml')).toThrow();
});

test('Vietnamese typed as Telex and VNI send it, in a field and in the body, is stored NFC', async ({
  page,
}) => {
  await page.goto(`${BASE}#/documents/01-kl-tw`);
  const summary = page.getByLabel(/^Tóm tắt/);
  await summary.fill('');
  await summary.focus();
  // Telex: "Mat" then the tone key: the input method deletes the letters and sends the composed word.
  await page.keyboard.type('Mat');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.insertText('Mặt');
  await page.keyboard.type(' tran');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.insertText('trận Tổ quốc');
  const body = page.getByRole('textbox', { name: 'Nội dung (MDX)' });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  // VNI through composition events, as an IME sends them.
  const cdp = await page.context().newCDPSession(page);
  for (const [composing, final] of [
    ['e6', 'ễ'],
    ['o6', 'ộ'],
    ['a8', 'ặ'],
    ['u7', 'ữ'],
  ] as const) {
    await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: final });
    await page.keyboard.type(' ');
  }
  // Decomposed input (some macOS layouts) and text that MDX would read as code.
  await page.keyboard.insertText('Mặt trận'.normalize('NFD'));
  await page.keyboard.type(' a < b {c}');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  const saved = read('documents/01-kl-tw.mdx');
  expect(saved).toBe(saved.normalize('NFC'));
  expect(saved).toContain('summary: Mặt trận Tổ quốc\n');
  expect(saved).toContain('\nễ ộ ặ ữ Mặt trận a \\< b \\{c}\n');
  expect(checkContent([content.root])).toEqual([]);
});

test('leaving an edited, unsaved form warns in Vietnamese: another entry, or closing the tab', async ({
  page,
}) => {
  const before = read('documents/01-kl-tw.mdx');
  await page.goto(`${BASE}#/documents/01-kl-tw`);
  const summary = page.getByLabel(/^Tóm tắt/);
  await summary.fill('Tóm tắt chưa lưu.');

  // Another entry, through the menu: the editor's own dialog, in Vietnamese.
  await page.getByRole('navigation').getByRole('link', { name: 'Thuật ngữ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chưa lưu thay đổi' });
  await expect(dialog).toContainText('Bạn có thay đổi chưa lưu. Nếu rời trang này, các thay đổi đó sẽ mất.');
  await dialog.getByRole('button', { name: 'Ở lại để lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(summary).toHaveValue('Tóm tắt chưa lưu.');
  expect(new URL(page.url()).hash).toBe('#/documents/01-kl-tw');

  // The body counts too; leaving for good drops the change and leaves the file as it was.
  await page.getByRole('textbox', { name: 'Nội dung (MDX)' }).click();
  await page.keyboard.type('Thêm một câu.');
  await page.getByRole('navigation').getByRole('link', { name: 'Thuật ngữ' }).click();
  await dialog.getByRole('button', { name: 'Bỏ thay đổi và rời đi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thuật ngữ');
  expect(new URL(page.url()).hash).toBe('#/glossary');
  expect(read('documents/01-kl-tw.mdx')).toBe(before);

  // Nothing changed: no question. Saved: no question either.
  await page.goto(`${BASE}#/documents/01-kl-tw`);
  await page.getByRole('navigation').getByRole('link', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản');
  await page.goto(`${BASE}#/documents/01-kl-tw`);
  await summary.fill('Tóm tắt đã lưu.');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  await page.getByRole('navigation').getByRole('link', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản');

  // Closing the tab with a change: the browser's beforeunload question (its own words).
  await page.goto(`${BASE}#/documents/01-kl-tw`);
  await summary.fill('Tóm tắt chưa lưu lần nữa.');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (question) => {
      resolve(question.type());
      void question.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await page.close();
});

test('Xem trước: the body with the site’s styles, through the build’s MDX policy; a pasted <script> is refused', async ({
  page,
}) => {
  const elsewhere = watchRequests(page);
  await page.goto(`${BASE}#/examples/bieu-duong-chu-tich-mttq-co-so-2022`);
  const pane = page.getByRole('region', { name: 'Xem trước' });
  await pane.getByRole('button', { name: 'Xem trước' }).click();
  await expect(pane.getByRole('heading', { level: 2, name: 'Kết quả' })).toBeVisible();
  const quote = pane.locator('figure.plan-quote');
  await expect(quote).toContainText('“Tổ chức biểu dương các điển hình tiên tiến');
  await expect(quote.getByRole('link', { name: 'Mục III.2, đoạn 2' })).toHaveAttribute(
    'href',
    '/ke-hoach/2022/#III-2-2',
  );
  // The site's prose.css and tokens apply: links in the brand colour, the quote's border too.
  const brand = await pane
    .locator('.prose p a')
    .first()
    .evaluate((a) => getComputedStyle(a).color);
  expect(brand).toBe('rgb(163, 22, 28)');
  expect(await quote.evaluate((q) => getComputedStyle(q).borderLeftColor)).toBe('rgb(163, 22, 28)');

  // Code pasted from the clipboard (Ctrl+V, a real paste event) is text to the policy:
  // the preview and the save refuse it with the checker's message, nothing runs.
  const before = read('examples/bieu-duong-chu-tich-mttq-co-so-2022.mdx');
  const pasted = '<script>window.__ran = 1</script>';
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  const body = page.getByRole('textbox', { name: 'Nội dung (MDX)' });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await body.evaluate((element: HTMLElement) =>
    element.addEventListener('paste', (event) => {
      (window as { __pasted?: string }).__pasted = event.clipboardData?.getData('text/plain') ?? '';
    }),
  );
  await page.keyboard.press('Control+V');
  expect(await page.evaluate(() => (window as { __pasted?: string }).__pasted)).toBe(pasted);
  await expect(body).toContainText(pasted);
  await pane.getByRole('button', { name: 'Xem trước' }).click();
  await expect(pane).toContainText('Trang sẽ không dựng được với nội dung này:');
  const refusal = 'thẻ HTML <script> không được dùng trong nội dung';
  await expect(pane.getByRole('listitem').first()).toContainText(refusal);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Chưa lưu.');
  await expect(page.locator('[data-field="nội dung"] .loi')).toContainText(refusal);
  expect(read('examples/bieu-duong-chu-tich-mttq-co-so-2022.mdx')).toBe(before);
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  expect(elsewhere).toEqual([]);
});

test('hosted mode (mocked Forgejo API): Lưu → a draft commit, Gửi duyệt → a pull request, Lịch sử in Vietnamese', async ({
  page,
}) => {
  const elsewhere = watchRequests(page);
  await new Promise((resolve) => server.close(resolve));
  const file = 'content/documents/01-kl-tw.mdx';
  const mock = await startMockGitHost('forgejo', 'mattran-hp/so-tay', {
    [file]: read('documents/01-kl-tw.mdx'),
  });
  try {
    const gitHost = createGitHost({
      kind: 'forgejo',
      apiUrl: mock.apiUrl,
      repo: 'mattran-hp/so-tay',
      token: 'thu',
      baseBranch: 'main',
      contentPath: 'content',
    });
    server = await createEditorServer({ root: content.root, port: PORT, gitHost });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
    await page.goto(`${BASE}#/documents/01-kl-tw`);
    await expect(page.getByRole('banner')).toContainText('Chế độ máy chủ Git');
    await expect(page.getByRole('button', { name: 'Xoá mục này' })).toHaveCount(0);
    await page.getByLabel(/^Tóm tắt/).fill('Tóm tắt sửa qua máy chủ Git.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Đã lưu vào bản nháp (nhánh ban-nhap/documents/01-kl-tw).',
    );
    expect(mock.files.get('ban-nhap/documents/01-kl-tw')!.get(file)).toContain(
      'Tóm tắt sửa qua máy chủ Git.',
    );

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã gửi duyệt: yêu cầu gộp số 1.');
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    const history = page.getByRole('region', { name: 'Lịch sử của mục' });
    await expect(history.getByRole('listitem')).toHaveText([
      /^7\/12\/2026 lúc 09:05 — Biên tập viên: Sửa ".+" \(documents\/01-kl-tw\) trên trình sửa$/,
    ]);
    // The page talked to the editor only; the editor's server talked to the Git host.
    expect(elsewhere).toEqual([]);
  } finally {
    await mock.close();
  }
});
