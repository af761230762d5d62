/**
 * What the keyboard specs ask of the focused element: a visible focus indicator (an
 * outline of at least 2 px, a ring drawn with box-shadow, or in SVG a 2 px stroke in the
 * focus colour) and not hidden off screen or under something else (WCAG 2.4.7, 2.4.11).
 */
import type { Page } from '@playwright/test';

/** The focused element, described, with what is wrong with its focus indicator (empty if nothing). */
export interface FocusState {
  /** `a "Chủ đề"`, `button "A+ Tăng cỡ chữ"`, or `body` when nothing has focus. */
  element: string;
  problems: string[];
}

/** Checks the element that has focus now. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(async () => {
    // Focus scrolls the element into view. The site never scrolls smoothly (a11y-display
    // checks it): the instant scroll is done when the key press returns. Smooth scrolling
    // would be measured once the page stands still (a frame without scrolling, at most a second).
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') {
      for (let frame = 0, still = 0, last = -1; frame < 60 && still < 1; frame++) {
        await new Promise(requestAnimationFrame);
        still = scrollY === last ? still + 1 : 0;
        last = scrollY;
      }
    }
    const element = document.activeElement;
    if (!element || element === document.body) return { element: 'body', problems: [] };
    const label = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${label.slice(0, 60)}"`;
    const problems: string[] = [];
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    // In an SVG (the citation map) a link shows focus by stroking its shape in the focus colour.
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--c-focus)';
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const stroked = [...element.querySelectorAll('rect, circle, ellipse, path, polygon')].some((shape) => {
      const shapeStyle = getComputedStyle(shape);
      return shapeStyle.stroke === focusColour && parseFloat(shapeStyle.strokeWidth) >= 2;
    });
    if (!outline && !ring && !stroked)
      problems.push(`không thấy viền tiêu điểm (outline: ${style.outlineStyle} ${style.outlineWidth})`);
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) problems.push('phần tử có tiêu điểm không hiện trên trang');
    else if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth)
      problems.push('phần tử có tiêu điểm nằm ngoài màn hình');
    else {
      // The middle of each of its boxes: a link that wraps has one per line, and the middle
      // of the box around them all may be the text that follows it on the second line.
      for (const part of element.getClientRects()) {
        if (part.width < 1 || part.height < 1) continue;
        const x = Math.min(Math.max(part.left + part.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(part.top + part.height / 2, 0), innerHeight - 1);
        const onTop = document.elementFromPoint(x, y);
        if (onTop && onTop !== element && !element.contains(onTop) && !onTop.contains(element)) {
          problems.push(`bị che bởi ${onTop.tagName.toLowerCase()}`);
          break;
        }
      }
    }
    return { element: name, problems };
  });
}
