import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { lessons, trainerOnlyTexts } from './trainer-content.ts';

const lesson = lessons.find((entry) => entry.id === 'bai-giang-doan-ket-toan-dan')!;
const slidesPath = `/bai-giang/${lesson.id}/trinh-chieu/`;
const count = lesson.outline.length + 2;

/** The heading of the slide on screen (its only visible heading). */
function currentHeading(page: Page) {
  return page.locator('.slide-heading:visible');
}

async function expectSlide(page: Page, number: number, heading: string) {
  await expect(page).toHaveURL(new RegExp(`#${number}$`));
  await expect(currentHeading(page)).toHaveText(heading);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Trang ${number}/${count}`));
}

test.describe('trình chiếu bài giảng', () => {
  test('mở ở trang tên bài, không có đầu trang của sổ tay, có đường về bài giảng', async ({ page }) => {
    await page.goto(slidesPath);
    await expectSlide(page, 1, lesson.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Chính' })).toHaveCount(0);
    await expect(page.getByRole('search')).toHaveCount(0);
    await expect(page.getByRole('link', { name: '← Về trang bài giảng' })).toHaveAttribute(
      'href',
      `/bai-giang/${lesson.id}/`,
    );
  });

  test('mỗi phần ## là một trang với tiêu đề và ý chính, không có lời giảng', async ({ page }) => {
    await page.goto(slidesPath);
    for (const [index, section] of lesson.outline.entries()) {
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, index + 2, section.title);
      const points = page.locator('.slide:visible li');
      await expect(points).toHaveText(section.keyPoints);
    }
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, count, 'Câu hỏi thảo luận');
    await expect(page.locator('.slide:visible li')).toHaveText(
      lesson.discussion.map((item) => item.question),
    );
    await expect(page.locator('.prose')).toHaveCount(0);
  });

  test('trang chiếu của mọi bài không chứa lời giảng, gợi ý trả lời hay gợi ý dẫn dắt', async ({ page }) => {
    for (const { id, outline, discussion } of lessons) {
      await page.goto(`/bai-giang/${id}/trinh-chieu/`);
      const text = await page.locator('body').textContent();
      for (const hidden of trainerOnlyTexts(outline, discussion)) expect(text, id).not.toContain(hidden);
    }
  });

  test('phím ← → Page Up/Down chuyển trang, Home/End về đầu, cuối, không vượt quá hai đầu', async ({
    page,
  }) => {
    await page.goto(slidesPath);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1, lesson.title);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 2, lesson.outline[0]!.title);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3, lesson.outline[1]!.title);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2, lesson.outline[0]!.title);
    await page.keyboard.press('End');
    await expectSlide(page, count, 'Câu hỏi thảo luận');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, count, 'Câu hỏi thảo luận');
    await page.keyboard.press('Home');
    await expectSlide(page, 1, lesson.title);
  });

  test('địa chỉ giữ trang đang chiếu: tải lại vẫn ở trang đó, mở liên kết #4 đến đúng trang 4', async ({
    page,
  }) => {
    await page.goto(slidesPath);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3, lesson.outline[1]!.title);
    await page.reload();
    await expectSlide(page, 3, lesson.outline[1]!.title);
    await page.goto(`${slidesPath}#4`);
    await expectSlide(page, 4, lesson.outline[2]!.title);
    await page.goto(`${slidesPath}#999`);
    await expectSlide(page, count, 'Câu hỏi thảo luận');
  });

  test('dùng được chỉ với bàn phím: nút Sau, Trước và đường về bài giảng', async ({ page }) => {
    await page.goto(slidesPath);
    const next = page.getByRole('button', { name: 'Sau' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expectSlide(page, 2, lesson.outline[0]!.title);
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Trước' })).toBeFocused();
    await page.keyboard.press('Space');
    await expectSlide(page, 1, lesson.title);
    await page.getByRole('link', { name: '← Về trang bài giảng' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/bai-giang/${lesson.id}/$`));
  });

  test('phím F bật, tắt toàn màn hình', async ({ page }) => {
    await page.goto(slidesPath);
    const button = page.getByRole('button', { name: 'Toàn màn hình' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('F');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`mọi trang của mọi bài vừa màn chiếu ${viewport.width}×${viewport.height}, chữ lớn`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      for (const { id, outline } of lessons) {
        await page.goto(`/bai-giang/${id}/trinh-chieu/`);
        for (let number = 1; number <= outline.length + 2; number++) {
          await expect(page).toHaveURL(new RegExp(`#${number}$`));
          const fit = await page.evaluate(() => ({
            overflow: document.documentElement.scrollHeight - innerHeight,
            pointSize: parseFloat(getComputedStyle(document.querySelector('.slide[data-current]')!).fontSize),
          }));
          expect(fit.overflow, `${id} #${number}`).toBeLessThanOrEqual(0);
          expect(fit.pointSize, `${id} #${number}`).toBeGreaterThanOrEqual(28);
          await page.keyboard.press('ArrowRight');
        }
      }
    });
  }

  test('trên điện thoại 320 px, trang chiếu và trang bài giảng không cuộn ngang', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [slidesPath, `/bai-giang/${lesson.id}/`, '/lich/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('trang chiếu tự chứa: chữ, kiểu và mã trình chiếu nằm trong trang, lật được khi không tải được tệp nào khác', async ({
    page,
    consoleErrors,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // A deck saved to a USB stick, or projected where only the page came through: the site's
    // script files (service worker, reading preferences) do not load; the deck still works.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(slidesPath);
    await expectSlide(page, 1, lesson.title);
    await page.keyboard.press('ArrowRight');
    await expectSlide(
      page,
      2,
      await currentHeading(page)
        .textContent()
        .then((text) => text ?? ''),
    );
    await expect(currentHeading(page)).not.toHaveText(lesson.title);
    const origin = new URL(page.url()).origin;
    // Besides the page itself, only the favicon, the print-only stylesheet (media="print"),
    // the site's own fonts and the site's one script file, which the service worker saves.
    const others = requests.filter(
      (url) =>
        !url.startsWith(`${origin}${slidesPath}`) &&
        !url.startsWith(`${origin}/_astro/fonts/`) &&
        !/\/_astro\/BaseLayout\.astro_[^/]*\.js$/.test(url),
    );
    for (const url of others) expect([`${origin}/favicon.svg`, `${origin}/print-origin.css`]).toContain(url);
    expect(requests.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(0);
    const printOnly = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).media));
    expect(printOnly.every((media) => media === 'print')).toBe(true);
    // The browser reports each script file it could not load: those errors, and no other, are expected.
    const unloaded = consoleErrors.filter((text) => /Failed to load resource: net::ERR_FAILED/.test(text));
    expect(unloaded.length).toBeGreaterThan(0);
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((text) => !unloaded.includes(text)),
    );
  });

  test('tôn trọng “giảm chuyển động”: đổi trang không có hiệu ứng', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(slidesPath);
    await page.keyboard.press('ArrowRight');
    const animation = await page
      .locator('.slide[data-current]')
      .evaluate((node) => getComputedStyle(node).animationName);
    expect(animation).toBe('none');
  });

  test('không có JavaScript: các trang nối tiếp nhau, đọc được hết', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(slidesPath);
    await expect(page.locator('.slide-heading')).toHaveCount(count);
    for (const heading of await page.locator('.slide-heading').all()) await expect(heading).toBeAttached();
    await expect(page.locator('.slide-heading').nth(count - 1)).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await context.close();
  });

  test('Dấu cách, bấm chuột vào trang đi tiếp; ← và Backspace lùi lại; Dấu cách trên nút vẫn bấm nút', async ({
    page,
  }) => {
    await page.goto(slidesPath);
    await page.keyboard.press('Space');
    await expectSlide(page, 2, lesson.outline[0]!.title);
    await currentHeading(page).click();
    await expectSlide(page, 3, lesson.outline[1]!.title);
    await page.keyboard.press('Backspace');
    await expectSlide(page, 2, lesson.outline[0]!.title);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1, lesson.title);

    await page.getByRole('button', { name: 'Sau' }).focus();
    await page.keyboard.press('Space');
    await expectSlide(page, 2, lesson.outline[0]!.title);
    await page.getByRole('button', { name: 'Trước' }).focus();
    await page.keyboard.press('Space');
    await expectSlide(page, 1, lesson.title);
  });

  test.describe('trên điện thoại', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('chạm vào trang đi tiếp; vuốt sang trái đi tiếp, sang phải lùi lại', async ({ page }) => {
      await page.goto(slidesPath);
      await currentHeading(page).tap();
      await expectSlide(page, 2, lesson.outline[0]!.title);
      const swipe = (fromX: number, toX: number) =>
        page.locator('slide-deck').evaluate(
          (deck, { from, to }) => {
            const init = { pointerType: 'touch', bubbles: true, isPrimary: true, clientY: 400 };
            deck.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from }));
            deck.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to }));
          },
          { from: fromX, to: toX },
        );
      await swipe(320, 60);
      await expectSlide(page, 3, lesson.outline[1]!.title);
      await swipe(60, 320);
      await expectSlide(page, 2, lesson.outline[0]!.title);
      // A short movement is a tap gone astray or a scroll, not a swipe.
      await swipe(200, 180);
      await expectSlide(page, 2, lesson.outline[0]!.title);
    });
  });

  test('toàn màn hình: thanh điều khiển ẩn sau lúc chuột đứng yên, hiện lại khi di chuột', async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(slidesPath);
    const bar = page.locator('.slide-bar');
    const opacity = () => bar.evaluate((element) => getComputedStyle(element).opacity);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(1000);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(2000);
    await expect.poll(opacity).toBe('0');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).cursor)).toBe('none');
    // The slide keeps the keys while the bar is away.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, lesson.outline[0]!.title);

    await page.mouse.move(200, 200);
    await page.mouse.move(220, 240);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(3000);
    await expect.poll(opacity).toBe('0');

    // Out of full screen the bar stays.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expect.poll(opacity).toBe('1');
    await page.clock.runFor(5000);
    await expect.poll(opacity).toBe('1');
  });
});
