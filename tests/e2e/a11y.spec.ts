/**
 * axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every page (the sitemap's and the few it
 * leaves out), in the light and the dark colour scheme: zero violations. No rule is
 * disabled. One test per page checks both schemes in the same page (the scheme switches
 * without a reload), so the suite stays fast; Playwright runs the pages in parallel.
 *
 * axe runs in "legacy" mode: in-page, in one pass. The default mode opens a helper page
 * for every analysis to merge results across iframes; the site has no iframes, and the
 * default took two to three times as long here. axe's 600 KB source is injected once per
 * page: the dark pass reuses it (an empty axeSource), which cut the time per page by a
 * third.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { expect, test } from './fixtures.ts';
import { allPagePaths } from './a11y-pages.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: rule, element, and axe's explanation. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

const paths = allPagePaths();

test('sơ đồ trang có đủ các trang để kiểm tra', () => {
  expect(paths.length).toBeGreaterThan(20);
  expect(paths).toContain('/');
});

for (const path of paths) {
  test(`axe WCAG 2.2 AA, giao diện sáng và tối: ${path}`, async ({ page }) => {
    // Two full axe passes on a long page (the plan) take several seconds on a busy 2-core machine.
    test.slow();
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      // The light pass injected axe; the dark pass reuses it in the same page.
      const reuse = colorScheme === 'dark' ? { axeSource: ';' } : {};
      const results = await new AxeBuilder({ page, ...reuse })
        .setLegacyMode(true)
        .withTags(WCAG_22_AA)
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(describeViolations(results.violations), `${path}, giao diện ${colorScheme}`).toEqual([]);
    }
  });
}
