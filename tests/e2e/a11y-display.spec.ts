/**
 * How pages hold up to the reader's display settings: text at 200 % (the reading-size
 * control's largest step, which scales the root font size like a browser's text zoom)
 * loses nothing at 1280 px nor at 320 px (WCAG 1.4.4, 1.4.10); the site never scrolls
 * smoothly (deep links land at once) and `prefers-reduced-motion` turns off animation (WCAG 2.3.3). axe's WCAG 2.2 AA rules also run
 * at 320 px with text at 200 % and at a phone's 390 px: what fits and what can be tapped
 * there is not what fits at 1280 px.
 */
import type { Page } from '@playwright/test';
import { displayPaths } from './a11y-pages.ts';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/**
 * Text that cannot be read: the page scrolls sideways, or an element with text is cut off
 * by an ancestor's hidden overflow, or sticks out of the viewport outside any scrolling
 * container. Visually hidden text (clipped, like .sr-only) and form fields are not reading text.
 */
function lostText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`trang cuộn ngang: rộng ${root.scrollWidth} px trong khung ${root.clientWidth} px`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    const scrolls = (element: Element) => /auto|scroll/.test(getComputedStyle(element).overflowX);
    const inScroller = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement)
        if (scrolls(parent)) return true;
      return false;
    };
    // Visually hidden on purpose (.sr-only, the skip link until focused): for screen readers only.
    const hidden = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clipPath !== 'none' || style.getPropertyValue('clip') !== 'auto') return true;
      }
      return false;
    };
    const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    // Cut short on purpose (line-clamp, ellipsis) is no loss where the page says it in full
    // anyway: the breadcrumb's current page, named by the page's heading, or text the
    // heading repeats.
    const heading = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ');
    const repeated = (element: Element, style: CSSStyleDeclaration) =>
      (style.webkitLineClamp !== 'none' || style.textOverflow === 'ellipsis') &&
      (element.closest('[aria-current="page"]') !== null ||
        heading.includes((element.textContent ?? '').replace(/\s+/g, ' ').trim()));
    for (const element of document.body.querySelectorAll('*')) {
      if (!(element instanceof HTMLElement) || element.matches('input, textarea, select, script, style'))
        continue;
      if (!element.checkVisibility() || !element.textContent?.trim() || hidden(element)) continue;
      const style = getComputedStyle(element);
      if (repeated(element, style)) continue;
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      // Inline boxes have no client size: only boxes can cut off or spill their content.
      if (element.clientWidth > 0) {
        if (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
          problems.push(`${describe(element)} bị cắt theo chiều ngang`);
        if (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
          problems.push(`${describe(element)} bị cắt theo chiều dọc`);
        if (ownText && style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1)
          problems.push(
            `${describe(element)} tràn khỏi khung (${element.scrollWidth} > ${element.clientWidth} px)`,
          );
      }
      if (ownText) {
        const box = element.getBoundingClientRect();
        if ((box.right > root.clientWidth + 1 || box.left < -1) && !inScroller(element))
          problems.push(
            `${describe(element)} ra ngoài màn hình (${Math.round(box.left)}–${Math.round(box.right)} px)`,
          );
      }
    }
    return problems;
  });
}

test.describe('chữ phóng to 200 %', () => {
  // One load a page, several widths: the reading size changes in place, as its buttons do it.
  for (const path of displayPaths()) {
    test(`${path}: 200 % ở 320 px và 1280 px không mất chữ, không cuộn ngang; axe ở 320 px (200 %) và 390 px`, async ({
      reusedPage: page,
    }) => {
      test.slow();
      // The reader's choice, stored before the page loads (the reused page is on the site already).
      await page.evaluate(() => localStorage.setItem('reading-scale', '2'));
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      expect.soft(await lostText(page), '320 px, 200 %').toEqual([]);
      expect.soft(await axeViolations(page), 'axe, 320 px, 200 %').toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect.soft(await lostText(page), '1280 px, 200 %').toEqual([]);
      await page.evaluate(() => document.documentElement.style.removeProperty('--reading-scale'));
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
      expect.soft(await axeViolations(page), 'axe, 390 px').toEqual([]);
    });
  }

  test('phép kiểm tra nhận ra chữ bị cắt', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const box = document.createElement('p');
      box.style.cssText = 'width: 4rem; overflow: hidden; white-space: nowrap';
      box.textContent = 'Một dòng chữ dài không vừa khung';
      document.querySelector('main')!.append(box);
    });
    expect((await lostText(page)).join('\n')).toContain('bị cắt theo chiều ngang');
  });
});

/** Where `#target` is, relative to the top of the viewport, just after a link to it is clicked. */
function jumpTo(page: Page, target: string): Promise<number> {
  return page.evaluate((id) => {
    const link = document.querySelector<HTMLAnchorElement>(`a[href="#${id}"]`)!;
    // As a reader's tap or Enter does: the link has focus when it is followed.
    link.click();
    return document.getElementById(id)!.getBoundingClientRect().top;
  }, target);
}

test.describe('giảm chuyển động', () => {
  test('khi người đọc chọn giảm chuyển động: nhảy đến neo ngay, không có hiệu ứng', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/ke-hoach/2022/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const top = await jumpTo(page, 'II-3-1');
    expect(Math.abs(top - 24)).toBeLessThanOrEqual(2);
    await page.getByRole('button', { name: /Tăng cỡ chữ/ }).click();
    await page.getByRole('button', { name: 'Giao diện tối' }).click();
    expect(await page.evaluate(() => document.getAnimations().map((a) => a.constructor.name))).toEqual([]);
  });

  test('không chọn giảm chuyển động: liên kết trong trang cũng đến đoạn ngay, không có hiệu ứng cuộn', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/ke-hoach/2022/');
    expect(Math.abs((await jumpTo(page, 'II-3-1')) - 24)).toBeLessThanOrEqual(2);
  });

  test('đường dẫn có neo mở ra thì đến đúng đoạn ngay, không chờ hiệu ứng cuộn', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/ke-hoach/2022/#II-3-1');
    const top = await page.evaluate(() => document.getElementById('II-3-1')!.getBoundingClientRect().top);
    expect(Math.abs(top - 24)).toBeLessThanOrEqual(2);
  });
});
