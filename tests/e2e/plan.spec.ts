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
