/**
 * The trainer's script of every lesson: on its own page (`/bai-giang/<id>/loi-giang/`),
 * reached from the lesson page; never on the lesson page itself, in its printed handout,
 * or on the slides.
 */
import { expect, test } from './fixtures.ts';
import { lessons, questionName, trainerOnlyTexts } from './trainer-content.ts';

test.describe('lời giảng cho báo cáo viên', () => {
  test('trang bài giảng dẫn đến trang lời giảng, từ nút “Dùng trên lớp” và từ phần thảo luận', async ({
    page,
  }) => {
    const { id } = lessons[0]!;
    await page.goto(`/bai-giang/${id}/`);
    await expect(page.getByRole('link', { name: 'Lời giảng cho báo cáo viên' })).toHaveAttribute(
      'href',
      `/bai-giang/${id}/loi-giang/`,
    );
    await page.getByRole('link', { name: 'lời giảng', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/bai-giang/${id}/loi-giang/#thao-luan$`));
    await expect(page.getByRole('heading', { name: 'Câu hỏi thảo luận: gợi ý trả lời' })).toBeVisible();
  });

  for (const { id, title, outline, discussion, quiz } of lessons) {
    test(`${id}: trang lời giảng có lời giảng mọi phần, gợi ý trả lời, dẫn dắt và đáp án`, async ({
      page,
    }) => {
      await page.goto(`/bai-giang/${id}/loi-giang/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lời giảng: ${title}`);
      for (const [index, section] of outline.entries()) {
        const part = page.getByRole('region', { name: `Phần ${index + 1}. ${section.title}` });
        await expect(part).toBeVisible();
        await expect(part).toContainText(`${section.minutes} phút`);
        await expect(part.locator('.trainer-script')).toContainText(trainerOnlyTexts([section], [])[0]!);
      }
      const answers = page.getByRole('region', { name: 'Câu hỏi thảo luận: gợi ý trả lời' });
      for (const item of discussion) {
        const entry = answers.locator('.discussion-item').filter({ hasText: item.question });
        await expect(entry).toHaveCount(1);
        for (const text of trainerOnlyTexts([], [item])) await expect(entry).toContainText(text);
        await expect(entry.locator('.cues li')).toHaveCount(item.cues.length);
      }
      await expect(
        page.getByRole('region', { name: 'Đáp án bài tự kiểm tra' }).getByRole('listitem'),
      ).toHaveCount(quiz.length);
    });

    test(`${id}: trang bài giảng và tài liệu phát tay không có lời giảng, gợi ý trả lời`, async ({
      page,
    }) => {
      await page.goto(`/bai-giang/${id}/`);
      const hidden = trainerOnlyTexts(outline, discussion);
      const screenText = await page.locator('body').textContent();
      for (const text of hidden) expect(screenText).not.toContain(text);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('body').innerText();
      for (const text of hidden) expect(printed).not.toContain(text);
      // The handout keeps what learners need: the discussion questions and every quiz question.
      for (const item of discussion) expect(printed).toContain(item.question);
      for (const [index, question] of quiz.entries()) {
        await expect(page.getByRole('group', { name: questionName(question, index) })).toBeVisible();
      }
    });
  }

  test('dẫn nguồn trong lời giảng là số thứ tự, dẫn đến danh sách nguồn cuối trang', async ({ page }) => {
    await page.goto('/bai-giang/bai-giang-dan-chu-giam-sat-phan-bien/loi-giang/');
    const first = page.locator('.trainer-script sup a').first();
    await expect(first).toHaveText('[1]');
    await expect(first).toHaveAccessibleName('Nguồn 1');
    await first.click();
    await expect(page).toHaveURL(/#nguon-1$/);
    const source = page.locator('#nguon-1');
    await expect(source.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
  });

  test('in trang lời giảng: lời giảng, gợi ý trả lời được in; nút bấm thì không', async ({ page }) => {
    const { id, outline } = lessons[0]!;
    await page.goto(`/bai-giang/${id}/loi-giang/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.trainer-script').first()).toBeVisible();
    await expect(page.locator('.model-answer').first()).toBeVisible();
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    const printed = await page.locator('main').innerText();
    expect(printed).toContain(trainerOnlyTexts([outline[0]!], [])[0]!);
  });
});
