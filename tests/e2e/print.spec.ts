import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SITE } from '../site/built-site.ts';
import { pdfPageCount, pdfPageSizes } from './pdf.ts';
import { lessons, lessonSources } from './trainer-content.ts';

/** The address the site in dist/ was built for (its canonical links), without the final `/`. */
const ORIGIN = SITE.href.replace(/\/$/, '');
const lesson = lessons.find((entry) => entry.id === 'bai-giang-doan-ket-toan-dan')!;
const lessonPath = `/bai-giang/${lesson.id}/`;

/** Whether an element takes up room on the (print-emulated) page. */
function rendered(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).getClientRects().length > 0));
}

test.describe('bản in', () => {
  for (const { id } of lessons) {
    test(`bài giảng ${id} in ra tài liệu phát tay A4, không quá 4 trang`, async ({ page }) => {
      await page.goto(`/bai-giang/${id}/`);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPageCount(pdf);
      test.info().annotations.push({ type: 'số trang A4', description: String(pages) });
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      for (const size of pdfPageSizes(pdf)) expect(size).toEqual({ width: 210, height: 297 });
    });
  }

  test('khi in, không có đầu trang, điều hướng, tìm kiếm, chân trang, nút bấm', async ({ page }) => {
    await page.goto(lessonPath);
    await expect(page.getByRole('navigation', { name: 'Chính' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Chính' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    for (const visible of await rendered(page, 'button, a[href="#noi-dung"], theme-toggle')) {
      expect(visible).toBe(false);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  });

  test('tài liệu phát tay có mục tiêu, dàn ý với ý chính, thảo luận, câu hỏi; không có nội dung bài, đáp án', async ({
    page,
  }) => {
    await page.goto(lessonPath);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Mục tiêu' })).toBeVisible();
    for (const point of lesson.outline.flatMap((section) => section.keyPoints)) {
      await expect(page.locator('#dan-y ~ ol').getByText(point, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Câu hỏi thảo luận' })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Câu 1\./ })).toBeVisible();
    await expect(page.getByText('Tài liệu phát tay cho học viên.')).toBeVisible();
    await expect(page.locator('.prose h2').first()).toBeHidden();
    await expect(page.getByText(/^Đáp án: 1 [A-D]/)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Lời giảng cho báo cáo viên' })).toBeHidden();
  });

  test('bản đầy đủ cho báo cáo viên in cả nội dung từng phần và đáp án', async ({ page }) => {
    await page.goto(lessonPath);
    const button = page.getByRole('button', { name: 'In bản đầy đủ cho báo cáo viên' });
    await expect(button).toBeVisible();
    await page.evaluate(() => {
      // Stand in for the print dialog: record the print mode at the moment of printing.
      window.print = () =>
        document.body.setAttribute('data-printed-as', document.documentElement.dataset['print'] ?? '');
    });
    await button.click();
    await expect(page.locator('body')).toHaveAttribute('data-printed-as', 'full');
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'full'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: lesson.outline[0]!.title, level: 2 })).toBeVisible();
    await expect(page.getByText(/^Đáp án: 1 [A-D]/)).toBeVisible();
    await expect(page.getByText('Tài liệu phát tay cho học viên.')).toBeHidden();
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    test.info().annotations.push({ type: 'số trang A4, bản đầy đủ', description: String(pages) });
  });

  test('nút “In tài liệu phát tay” mở hộp in của trình duyệt với bản phát tay', async ({ page }) => {
    await page.goto(lessonPath);
    await page.evaluate(() => {
      window.print = () =>
        document.body.setAttribute(
          'data-printed-as',
          document.documentElement.dataset['print'] ?? 'phát tay',
        );
    });
    await page.getByRole('button', { name: 'In tài liệu phát tay' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed-as', 'phát tay');
  });

  test('mã QR dẫn về đúng trang, có tên là mã QR, chỉ hiện khi in', async ({ page }) => {
    await page.goto(lessonPath);
    const qr = page.getByRole('img', { name: `Mã QR dẫn đến trang này: ${ORIGIN}${lessonPath}#tu-kiem-tra` });
    await expect(qr).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThan(80);
  });

  test('liên kết nội bộ in như chữ thường; liên kết ra ngoài in kèm địa chỉ; mã đoạn kế hoạch được giữ', async ({
    page,
  }) => {
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => getComputedStyle(node, '::after').content);
    await page.goto(lessonPath);
    await page.emulateMedia({ media: 'print' });
    expect(await after('article p a[href^="/chu-de/"]')).toBe('none');
    const references = page.getByRole('region', { name: /^Dựa trên Kế hoạch 2022/ }).getByRole('link');
    const sources = lessonSources(lesson.id);
    await expect(references).toHaveCount(sources.length);
    for (const [index, text] of (await references.allTextContents()).entries()) {
      expect(text.trim()).toMatch(/^Mục [IVX]+\.\d+, đoạn \d+$|^Căn cứ$/);
      await expect(references.nth(index)).toBeVisible();
      expect(await references.nth(index).evaluate((node) => getComputedStyle(node, '::after').content)).toBe(
        'none',
      );
    }
    await page.goto('/ke-hoach/2022/');
    await page.emulateMedia({ media: 'print' });
    expect(await after('main a[href^="/"]')).toBe('none');
    await page.goto('/lich/');
    await page.emulateMedia({ media: 'print' });
    const external = page.locator('article a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await after('article a[href^="http"]')).toBe(`" (${href})"`);
  });

  test('nguồn đánh số in thành chú thích cuối bài có địa chỉ; số trong bài giữ nguyên, mũi tên quay lại thì không', async ({
    page,
  }) => {
    await page.goto('/van-ban/01-kl-tw/');
    await page.emulateMedia({ media: 'print' });
    const notes = page.locator('section.footnotes');
    await expect(notes).toBeVisible();
    const sources = notes.locator('li > p > a[href^="http"]');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const source of await sources.all()) {
      const href = await source.getAttribute('href');
      expect(await source.evaluate((node) => getComputedStyle(node, '::after').content)).toBe(`" (${href})"`);
    }
    for (const back of await notes.locator('a[data-footnote-backref]').all()) await expect(back).toBeHidden();
    const number = page.locator('article sup > a[href^="#user-content-fn-"]').first();
    await expect(number).toBeVisible();
    await expect(number).toHaveText(/^\d+$/);
  });

  test('in trên nền trắng, chữ tối, kể cả khi người đọc chọn giao diện tối', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(lessonPath);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return [body.backgroundColor, getComputedStyle(document.querySelector('h1')!).color];
    });
    expect(colours[0]).toBe('rgb(255, 255, 255)');
    expect(colours[1]).toMatch(/^(rgb\(0, 0, 0\)|rgb\(28, 25, 23\))$/);
  });

  const printable = [
    '/chu-de/doan-ket-toan-dan/',
    '/van-ban/01-kl-tw/',
    '/cuoc-van-dong/5k-vac-xin/',
    '/dien-hinh/ha-noi-sieu-thi-mini-0-dong/',
    '/don-vi/ban-thuong-truc-thanh-pho/',
    '/mat-tran-to-quoc-viet-nam-la-gi/',
    '/ke-hoach/2022/',
    '/lich/',
  ];
  for (const path of printable) {
    test(`${path} có nút “In tài liệu”; nút không in ra, mã QR thì có`, async ({ reusedPage: page }) => {
      await page.goto(path);
      const button = page.getByRole('button', { name: 'In tài liệu', exact: true });
      await expect(button).toHaveCount(1);
      await expect(button).toBeVisible();
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await button.click();
      await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
      await page.emulateMedia({ media: 'print' });
      await expect(button).toBeHidden();
      await expect(
        page.getByRole('img', { name: `Mã QR dẫn đến trang này: ${ORIGIN}${path}` }),
      ).toBeVisible();
    });
  }

  test('trang bài giảng chỉ có hai nút in của bài giảng, không thêm “In tài liệu”', async ({ page }) => {
    await page.goto(lessonPath);
    await expect(page.getByRole('button', { name: /^In / })).toHaveCount(2);
  });
});
