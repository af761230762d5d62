/**
 * The reader's text size (the A−/A+ control in the header): the sizes offered, how a
 * press moves between them, and how a saved value is read back. The chosen scale sets
 * `--reading-scale`, which html's font-size multiplies, so every rem-based size follows.
 */

/** The scales offered, smallest first; 1 is the browser's own text size. */
export const READING_SCALES = [0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/** The localStorage key the chosen scale is saved under. */
export const READING_SCALE_KEY = 'reading-scale';

/** A saved value read back: one of READING_SCALES, else 1 (nothing saved, or tampered with). */
export function parseReadingScale(saved: string | null | undefined): number {
  const scale = Number(saved);
  return (READING_SCALES as readonly number[]).includes(scale) ? scale : 1;
}

/** The scale one step smaller (-1) or larger (+1), staying at the ends. */
export function stepReadingScale(current: number, direction: -1 | 1): number {
  const index = READING_SCALES.findIndex((scale) => scale >= current);
  const from = index === -1 ? READING_SCALES.length - 1 : index;
  const exact = READING_SCALES[from] === current;
  const target = direction === 1 ? (exact ? from + 1 : from) : from - 1;
  return READING_SCALES[Math.min(Math.max(target, 0), READING_SCALES.length - 1)]!;
}

/** The scale as readers see it: `1.25` → `125%`. */
export function formatReadingScale(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
