/**
 * axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every page built into dist/ (indexed or not:
 * 404, offline page, trainer's scripts, slides), in the light and the dark colour scheme: zero violations. No rule is
 * disabled. One test per page checks both schemes in the same page (the scheme switches
 * without a reload), so the suite stays fast; Playwright runs the pages in parallel, each
 * worker in its one reused page (fixtures.ts).
 *
 * How axe runs: tests/e2e/axe.ts. The same rules at 390 px and at 320 px with text at
 * 200 %: a11y-display.spec.ts. Every slide of every deck, on screen and in full screen:
 * below.
 */
import { allPagePaths } from './a11y-pages.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { lessons } from './trainer-content.ts';

const paths = allPagePaths();

test('danh sách trang lấy từ dist/ có đủ các loại trang, cả trang không đưa vào sơ đồ trang', () => {
  expect(paths.length).toBeGreaterThan(20);
  expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/ngoai-tuyen/']));
  expect(paths.some((path) => /^\/bai-giang\/[^/]+\/loi-giang\/$/.test(path))).toBe(true);
  expect(paths.some((path) => /^\/bai-giang\/[^/]+\/trinh-chieu\/$/.test(path))).toBe(true);
});

for (const path of paths) {
  test(`axe WCAG 2.2 AA, giao diện sáng và tối: ${path}`, async ({ reusedPage: page }) => {
    // Two full axe passes on a long page (the plan) take several seconds on a busy 2-core machine.
    test.slow();
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      expect(await axeViolations(page), `${path}, giao diện ${colorScheme}`).toEqual([]);
    }
  });
}

test.describe('trình chiếu', () => {
  for (const lesson of lessons) {
    test(`axe trên mọi trang trình chiếu của ${lesson.id}, thường và toàn màn hình`, async ({ page }) => {
      test.slow();
      const count = lesson.outline.length + 2;
      await page.goto(`/bai-giang/${lesson.id}/trinh-chieu/`);
      const status = page.getByRole('status');
      for (const fullscreen of [false, true]) {
        for (let slide = 1; slide <= count; slide++) {
          // On screen forwards, in full screen backwards: every slide, both ways.
          const number = fullscreen ? count + 1 - slide : slide;
          await expect(status).toHaveText(new RegExp(`^Trang ${number}/${count}`));
          // A slide fades in: axeViolations checks its colours once the fade has ended.
          const where = `trang ${number}${fullscreen ? ', toàn màn hình' : ''}`;
          expect.soft(await axeViolations(page), where).toEqual([]);
          if (slide < count) await page.keyboard.press(fullscreen ? 'ArrowLeft' : 'ArrowRight');
        }
        if (!fullscreen) {
          await page.keyboard.press('f');
          await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
          // In full screen the bar fades once the pointer rests, and keys do not wake it: check
          // the slides as the room sees them, after that fade, not during it.
          await expect
            .poll(() => page.evaluate(() => 'controlsIdle' in document.documentElement.dataset), {
              timeout: 10_000,
            })
            .toBe(true);
        }
      }
    });
  }
});
