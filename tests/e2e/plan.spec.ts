import { expect, test } from './fixtures.ts';
import { seedParagraphs, seedRecipients } from './seed.ts';

const PLAN = '/ke-hoach/2022/';

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

test.describe('trang kế hoạch 2022', () => {
  test('hiển thị đủ 31 đoạn, nguyên văn từng đoạn như bản gốc', async ({ page }) => {
    await page.goto(PLAN);
    const rendered = (await page.locator('.plan-text').allTextContents()).map((text) =>
      normalize(text).replace(/^- /, ''),
    );
    const seed = seedParagraphs();
    expect(seed).toHaveLength(31);
    expect(rendered).toHaveLength(31);
    seed.forEach((paragraph, index) => expect(rendered[index], `đoạn thứ ${index + 1}`).toBe(paragraph));
  });

  test('giữ nguyên khối nơi nhận', async ({ page }) => {
    await page.goto(PLAN);
    const lines = (await page.locator('.recipients li').allTextContents()).map((text) =>
      normalize(text).replace(/^- /, ''),
    );
    expect(lines).toEqual(seedRecipients());
  });

  test('mỗi đoạn có neo riêng và một liên kết hiện rõ đến chính nó', async ({ page }) => {
    await page.goto(PLAN);
    const anchors = await page
      .locator('.plan-paragraph')
      .evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(anchors).toHaveLength(31);
    expect(anchors[0]).toBe('preamble');
    expect(anchors).toContain('II-1-4');
    expect(new Set(anchors).size).toBe(31);
    for (const anchor of anchors) {
      const link = page.locator(`#${anchor} a.para-link`);
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `#${anchor}`);
    }
  });

  test('mở đường dẫn có neo thì đến đúng đoạn', async ({ page }) => {
    await page.goto(`${PLAN}#II-1-4`);
    await expect(page.locator('#II-1-4')).toBeInViewport();
    await expect(page.locator('#II-1-4 .plan-text')).toContainText('Kết luận 01-KL/TW');
    await page.locator('#II-3-1 a.para-link').click();
    await expect(page).toHaveURL(/#II-3-1$/);
    await expect(page.locator('#II-3-1')).toBeInViewport();
  });
});

test.describe('trang kế hoạch trên điện thoại (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('mục lục ở đầu trang đưa đến từng phần; nút "↑ Mục lục" luôn trong tầm tay', async ({ page }) => {
    await page.goto(PLAN);
    const index = page.getByRole('navigation', { name: 'Mục lục kế hoạch' });
    await expect(index).toBeInViewport();
    const labels = (await index.getByRole('link').allTextContents()).map(normalize);
    expect(labels).toEqual([
      'Căn cứ',
      'I. Mục đích, yêu cầu',
      'I.1',
      'I.2',
      'II. Nội dung tuyên truyền',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'III. Tổ chức thực hiện',
      'III.1',
      'III.2',
      'III.3',
    ]);
    await index.getByRole('link', { name: 'II.3', exact: true }).click();
    await expect(page).toHaveURL(/#muc-II-3$/);
    await expect(
      page.getByRole('heading', { level: 3, name: /^3\. Tuyên truyền, vận động, thúc đẩy/ }),
    ).toBeInViewport();
    const back = page.getByRole('link', { name: '↑ Mục lục' });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(index).toBeInViewport();
  });

  test('không còn chữ "preamble" nào hiện ra; đoạn mở đầu mang nhãn "Căn cứ"', async ({ page }) => {
    await page.goto(PLAN);
    expect(await page.locator('body').innerText()).not.toMatch(/preamble/i);
    await expect(page.locator('#preamble a.para-link')).toHaveText('Căn cứ');
  });

  test('phần giải thích gập lại sau số mục của nó, mở ra khi chạm', async ({ page }) => {
    await page.goto(PLAN);
    // Folded, the verbatim text reads on: at most half the 22,800 px the audit measured.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    test.info().annotations.push({ type: 'chiều cao ở 390 px', description: String(height) });
    expect(height).toBeLessThanOrEqual(22_800 / 2);
    const notes = page.locator('#II-3-1 .plan-notes');
    const summary = notes.locator('summary');
    await expect(summary).toHaveText(/^\s*Xem giải thích \(\d+\)\s*$/);
    const count = Number(/\((\d+)\)/.exec((await summary.textContent()) ?? '')![1]);
    // Folded, the links are out of the accessibility tree too: counted as elements.
    const links = notes.locator('a');
    await expect(links).toHaveCount(count);
    await expect(links.first()).toBeHidden();
    await summary.click();
    await expect(notes.getByRole('link')).toHaveCount(count);
    await expect(links.first()).toBeVisible();
  });

  test('đường dẫn đến một đoạn mở ngay tại đoạn đó', async ({ page }) => {
    await page.goto(`${PLAN}#III-2-1`);
    await expect(page.locator('#III-2-1')).toBeInViewport();
  });
});

test('trên màn hình rộng, phần giải thích mở sẵn bên cạnh đoạn', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${PLAN}#II-3-1`);
  const notes = page.locator('#II-3-1 .plan-notes');
  await expect(notes.locator('summary')).toBeHidden();
  await expect(notes.getByRole('link').first()).toBeVisible();
});
