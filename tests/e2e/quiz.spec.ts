import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { correctIndex, lessons, questionName } from './trainer-content.ts';

const lesson = lessons.find((entry) => entry.id === 'bai-giang-thi-dua-yeu-nuoc-va-cuoc-van-dong')!;
const lessonPath = `/bai-giang/${lesson.id}/`;
const letters = 'ABCDEFGH';

/** The radio group of question `index` (from 0), found by its legend. */
function question(page: Page, index: number) {
  return page.getByRole('group', { name: new RegExp(`^Câu ${index + 1}\\. `) });
}

function option(page: Page, index: number, optionIndex: number) {
  const { text } = lesson.quiz[index]!.options[optionIndex]!;
  return question(page, index).getByRole('radio', { name: `${letters[optionIndex]}. ${text}` });
}

/** Some option of question `index` that is not the right one. */
function wrongIndex(index: number): number {
  return correctIndex(lesson.quiz[index]!) === 0 ? 1 : 0;
}

test.describe('bài tự kiểm tra', () => {
  test('mỗi câu là một nhóm lựa chọn có tên là câu hỏi, đủ các phương án', async ({ page }) => {
    await page.goto(lessonPath);
    for (const [index, item] of lesson.quiz.entries()) {
      const group = question(page, index);
      await expect(group).toBeVisible();
      await expect(group).toHaveAccessibleName(questionName(item, index));
      await expect(group.getByRole('radio')).toHaveCount(item.options.length);
    }
  });

  test('câu hỏi tình huống nêu tình huống trước câu hỏi, và in cùng câu hỏi trong tài liệu phát tay', async ({
    page,
  }) => {
    await page.goto(lessonPath);
    const scenarios = [...lesson.quiz.entries()].filter(([, item]) => item.kind === 'scenario');
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    for (const [index, item] of scenarios) {
      const situation = question(page, index).getByText(`Tình huống: ${item.situation!}`);
      await expect(situation).toBeVisible();
    }
    await page.emulateMedia({ media: 'print' });
    for (const [index, item] of scenarios) {
      await expect(question(page, index).getByText(item.situation!)).toBeVisible();
    }
  });

  test('chọn đúng: báo “Đúng.”, kèm giải thích và liên kết đến nơi sổ tay nói điều đó', async ({ page }) => {
    await page.goto(lessonPath);
    const first = lesson.quiz[0]!;
    await option(page, 0, correctIndex(first)).check();
    await question(page, 0).getByRole('button', { name: 'Kiểm tra' }).click();
    const feedback = question(page, 0).getByRole('status');
    await expect(feedback).toContainText('Đúng.');
    await expect(feedback).toContainText(first.explanation);
    await expect(feedback.getByRole('link', { name: 'Xem trong sổ tay' })).toHaveAttribute('href', first.see);
    await expect(question(page, 0).getByText('✓ đáp án đúng')).toBeVisible();
    for (const radio of await question(page, 0).getByRole('radio').all()) await expect(radio).toBeDisabled();
  });

  test('chọn sai: báo “Chưa đúng.”, chỉ ra phương án bạn chọn và đáp án đúng', async ({ page }) => {
    await page.goto(lessonPath);
    const second = lesson.quiz[1]!;
    const right = correctIndex(second);
    await option(page, 1, wrongIndex(1)).check();
    await question(page, 1).getByRole('button', { name: 'Kiểm tra' }).click();
    const feedback = question(page, 1).getByRole('status');
    await expect(feedback).toContainText('Chưa đúng.');
    await expect(feedback).toContainText(`Đáp án đúng: ${letters[right]}. ${second.options[right]!.text}`);
    await expect(question(page, 1).locator('[data-result="wrong"]')).toContainText('✗ bạn chọn');
    await expect(question(page, 1).locator('[data-result="right"]')).toContainText(
      second.options[right]!.text,
    );
  });

  test('kiểm tra khi chưa chọn thì nhắc chọn, không tính điểm', async ({ page }) => {
    await page.goto(lessonPath);
    await question(page, 0).getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(question(page, 0).getByRole('status')).toHaveText(
      'Hãy chọn một phương án trước khi kiểm tra.',
    );
    await expect(question(page, 0).getByRole('radio').first()).toBeEnabled();
  });

  test('làm hết các câu thì có điểm; “Làm lại từ đầu” xóa hết', async ({ page }) => {
    await page.goto(lessonPath);
    const total = lesson.quiz.length;
    for (const [index, item] of lesson.quiz.entries()) {
      await option(page, index, index === 0 ? wrongIndex(0) : correctIndex(item)).check();
      await question(page, index).getByRole('button', { name: 'Kiểm tra' }).click();
    }
    const score = page.locator('lesson-quiz > [role="status"]');
    await expect(score).toContainText(`Bạn trả lời đúng ${total - 1}/${total} câu.`);
    await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
    await expect(score).toBeEmpty();
    await expect(option(page, 0, 0)).toBeFocused();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(question(page, 0).getByRole('button', { name: 'Kiểm tra' })).toBeVisible();
  });

  test('làm được chỉ bằng bàn phím', async ({ page }) => {
    await page.goto(lessonPath);
    await option(page, 0, 0).focus();
    const target = correctIndex(lesson.quiz[0]!);
    for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(option(page, 0, target)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(question(page, 0).getByRole('button', { name: 'Kiểm tra' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question(page, 0).getByRole('status')).toContainText('Đúng.');
  });

  test('không có JavaScript: đáp án nằm sau “Xem đáp án”', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lessonPath);
    await expect(page.getByRole('button', { name: 'Kiểm tra' })).toHaveCount(0);
    const first = lesson.quiz[0]!;
    const group = question(page, 0);
    await expect(group.getByText(first.explanation)).toBeHidden();
    await group.getByText('Xem đáp án').click();
    await expect(group.getByText(first.explanation)).toBeVisible();
    await expect(group.getByRole('link', { name: 'Xem trong sổ tay' })).toHaveAttribute('href', first.see);
    await context.close();
  });
});
