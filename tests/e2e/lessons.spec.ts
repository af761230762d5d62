/**
 * The trainer's way in: the lesson list in the plan's order (as the home page and a course
 * take them), and the printed handout's QR code, which opens the lesson at its quiz.
 */
import { expect, test } from './fixtures.ts';
import { lessons } from './trainer-content.ts';
import { compareParagraphIds } from '../../src/lib/format/paragraph-id.ts';

test('danh sách bài giảng theo thứ tự của kế hoạch (đoạn chính của từng bài), không theo tên', async ({
  page,
}) => {
  await page.goto('/bai-giang/');
  const titles = await page
    .locator('main ul > li')
    .evaluateAll((items) => items.map((item) => item.querySelector('a')!.textContent!));
  const inPlanOrder = [...lessons]
    .sort((a, b) => compareParagraphIds(a.sources[0]!, b.sources[0]!))
    .map((lesson) => lesson.title);
  expect(titles.map((title) => title.trim())).toEqual(inPlanOrder);
  expect(inPlanOrder).not.toEqual([...inPlanOrder].sort((a, b) => a.localeCompare(b, 'vi')));
});

test('mã QR của tài liệu phát tay mở thẳng phần câu hỏi tự kiểm tra', async ({ page }) => {
  const lesson = lessons[0]!;
  await page.goto(`/bai-giang/${lesson.id}/`);
  await page.emulateMedia({ media: 'print' });
  const caption = page.locator('.print-qr figcaption');
  await expect(caption).toBeVisible();
  await expect(caption).toContainText('Quét mã để làm bài tự kiểm tra trên điện thoại.');
  const qrUrl = new URL((await caption.getAttribute('data-qr-url'))!);
  expect(qrUrl.pathname).toBe(`/bai-giang/${lesson.id}/`);
  expect(qrUrl.hash).toBe('#tu-kiem-tra');

  // The learner's phone opens that address: the quiz is on screen at once.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${qrUrl.pathname}${qrUrl.hash}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Câu hỏi tự kiểm tra' })).toBeInViewport();
});
