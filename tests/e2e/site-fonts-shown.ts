/**
 * Whether a page shows the site's own fonts. They are `font-display: optional`
 * (src/lib/fonts/site-fonts.ts): one that arrives more than about 100 ms after the page
 * first needs it is not used on that page, by design, and a busy test machine can be
 * that slow even on localhost. Then the page is drawn in the fallback fonts, and a test of
 * its layout would depend on the machine's load: the fixture (fixtures.ts) loads such a
 * page again, as a reader's next page finds the fonts in the cache.
 */
import type { Page } from '@playwright/test';

/**
 * The site's faces (family and weight) the page does not draw with. Each is tried on a
 * line of Latin and Vietnamese letters twice, once falling back to monospace and once to
 * serif: the two widths are equal only where the face itself draws every letter.
 */
export function facesNotShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = (family: string, weight: string) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.cssText = `position: absolute; white-space: nowrap; font-size: 50px; font-weight: ${weight}`;
      probe.style.fontFamily = family;
      probe.textContent = 'Hamburgefonstiv Nguyễn ộặữơư';
      const result = probe.getBoundingClientRect().width;
      probe.remove();
      return result;
    };
    const faces = new Set(
      [...document.fonts]
        .filter((face) => face.status === 'loaded' && !face.family.includes('fallback'))
        .map((face) => `${face.family.replace(/^"|"$/g, '')}|${face.weight}`),
    );
    return [...faces].filter((face) => {
      const [family, weight] = face.split('|') as [string, string];
      return width(`"${family}", monospace`, weight) !== width(`"${family}", serif`, weight);
    });
  });
}

/**
 * Loads the page again with `reload` (at most three times) until it shows the site's
 * fonts. A page that cannot be probed (a JSON file, one that has navigated away) is left
 * as it is.
 */
export async function untilSiteFontsShown(page: Page, reload: () => Promise<unknown>): Promise<void> {
  const missing = () => facesNotShown(page).catch(() => []);
  for (let attempt = 0; attempt < 3 && (await missing()).length > 0; attempt++) await reload();
}
