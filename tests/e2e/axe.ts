/**
 * axe as the accessibility specs run it: the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules,
 * no rule disabled, in "legacy" mode (in-page, one pass: the site has no iframes, and the
 * default mode opened a helper page per analysis, two to three times slower). axe's 600 KB
 * source is injected once per page: later passes in the same page reuse it.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: rule, element, and axe's explanation. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

/** Whether axe's source is in the page already (from an earlier pass since the last navigation). */
function hasAxe(page: Page): Promise<boolean> {
  return page.evaluate(() => 'axe' in window);
}

/**
 * Waits until the page's running animations with an end have ended (a slide fades in): axe
 * measures colours as they are drawn, and a colour halfway through a fade is not the page's.
 * With the browser's cache warm a page can be checked within its first fade.
 */
function afterAnimations(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
}

/** The page's WCAG 2.2 AA violations once its animations have ended, one line each (empty: none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await afterAnimations(page);
  const reuse = (await hasAxe(page)) ? { axeSource: ';' } : {};
  const results = await new AxeBuilder({ page, ...reuse })
    .setLegacyMode(true)
    .withTags(WCAG_22_AA)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return describeViolations(results.violations);
}
