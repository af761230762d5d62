/**
 * The site's own typefaces, served from the site (SPEC §5, issue 14): Noto Sans for
 * reading text and Noto Serif Bold for headings, each in the Latin and Vietnamese subsets
 * of their Fontsource packages. Three faces in all — Sans 400 and 600, Serif 700 — so
 * that a first visit to any page fetches at most six woff2 files (about 59 KB).
 *
 * Chosen by reading Vietnamese with stacked marks (ễ, ộ, ặ, ữ, Ễ, Ộ) at 18 px and at
 * heading sizes against Be Vietnam Pro, Roboto, Literata and Source Serif 4: Noto keeps
 * the stacked marks apart and clear of the line above, and its files are the smallest.
 * Text wanting weight 500 gets the 400 face; 700 gets the 600 face (no faux bold).
 */
import { readFileSync } from 'node:fs';

/** The Fontsource subsets a Vietnamese page needs: every letter of the alphabet is in one of them. */
export const SUBSETS = ['latin', 'vietnamese'] as const;
type Subset = (typeof SUBSETS)[number];

/** One @font-face: a weight, one subset's woff2 file, and the characters it covers. */
export interface FontFace {
  weight: number;
  style: 'normal';
  /** The woff2 file, relative to the project root. */
  src: [string];
  /** The subset's `unicode-range`, as Fontsource declares it, so a page fetches only what it shows. */
  unicodeRange: [string, ...string[]];
}

/** A family of the site: its name, the CSS variable that names its stack, its faces, and system fallbacks. */
export interface SiteFontFamily {
  name: string;
  cssVariable: `--${string}`;
  faces: [FontFace, ...FontFace[]];
  /** What shows if the font has not arrived in time (see `display`), or never does. */
  fallbacks: string[];
  /**
   * `optional`: a font that is not there within about 100 ms of first needing it is not
   * used on that page, so it never swaps under the reader's eyes (CLS 0); it is cached
   * for a year (and saved by the service worker) for every later page.
   */
  display: 'optional';
  /** Off: with `optional` the fallback never swaps, and its metric-matched faces would cost bytes on every page. */
  optimizedFallbacks: false;
}

/**
 * The faces of one Fontsource package (`@fontsource/noto-sans`) at the given weights,
 * Latin and Vietnamese, with the unicode ranges read from the package's own CSS
 * (`400.css`), so that an update of the package cannot leave them out of step.
 */
export function fontsourceFaces(
  packageName: string,
  weights: [number, ...number[]],
  root = '.',
): [FontFace, ...FontFace[]] {
  const folder = `${root}/node_modules/${packageName}`;
  const slug = packageName.replace(/^@fontsource\//, '');
  const [first, ...others] = weights.flatMap((weight) => {
    const css = readFileSync(`${folder}/${weight}.css`, 'utf8');
    return SUBSETS.map((subset: Subset) => {
      const file = `${slug}-${subset}-${weight}-normal`;
      const block = new RegExp(`/\\* ${file} \\*/\\s*@font-face\\s*{([^}]*)}`).exec(css)?.[1];
      const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!range) throw new Error(`${packageName}: không thấy @font-face "${file}" trong ${weight}.css`);
      const unicodeRange = range.split(',').map((part) => part.trim()) as [string, ...string[]];
      return {
        weight,
        style: 'normal',
        src: [`${folder}/files/${file}.woff2`],
        unicodeRange,
      } satisfies FontFace;
    });
  });
  // One weight at least, each with every subset: never empty.
  return [first!, ...others];
}

/** The site's families, as Astro's Fonts API takes them (with the local provider). */
export function siteFontFamilies(root = '.'): SiteFontFamily[] {
  return [
    {
      name: 'Noto Sans',
      cssVariable: '--font-noto-sans',
      faces: fontsourceFaces('@fontsource/noto-sans', [400, 600], root),
      // The same family where a machine has it (Android has Noto Serif, many Linux desktops both).
      fallbacks: ['Noto Sans', 'system-ui', 'sans-serif'],
      display: 'optional',
      optimizedFallbacks: false,
    },
    {
      name: 'Noto Serif',
      cssVariable: '--font-noto-serif',
      faces: fontsourceFaces('@fontsource/noto-serif', [700], root),
      fallbacks: ['Noto Serif', 'serif'],
      display: 'optional',
      optimizedFallbacks: false,
    },
  ];
}
