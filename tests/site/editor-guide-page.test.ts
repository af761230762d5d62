/**
 * The editors' guide page shows "Sửa trên trình duyệt" as the browser test walks it: one
 * screenshot per step, each optimised by the build into the site's own files (the images
 * load lazily, on this page only; reading pages' budgets count HTML, CSS and JS, not images).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_GENERATED_STEP, GUIDE_STEPS } from '../../scripts/lib/editor-guide.ts';
import { elementsOf } from './built-site.ts';
import { DIST } from './dist-pages.ts';

const html = readFileSync(join(DIST, 'huong-dan-bien-tap', 'index.html'), 'utf8');
const images = elementsOf(html)
  .filter((tag) => tag.name === 'img')
  .map(({ attributes }) => ({
    src: attributes.get('src') ?? '',
    alt: attributes.get('alt') ?? '',
    lazy: attributes.get('loading') === 'lazy',
  }));

describe('the guide’s browser chapter on the site', () => {
  it('has each step’s screenshot, in order, from the site’s own files, loaded lazily and small', () => {
    expect(images.map((image) => image.alt)).toEqual(
      GUIDE_STEPS.map((_, index) => `Trình sửa ở bước ${FIRST_GENERATED_STEP + index}`),
    );
    for (const image of images) {
      expect(image.src, image.alt).toMatch(/^\/_astro\/[\w.-]+\.webp$/);
      expect(image.lazy, image.alt).toBe(true);
      const file = join(DIST, image.src);
      expect(existsSync(file), image.src).toBe(true);
      expect(statSync(file).size, image.src).toBeLessThan(100_000);
    }
  });
});
