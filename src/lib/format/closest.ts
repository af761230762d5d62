/**
 * "Did you mean…?" for editors' typos: the known value closest to what was written,
 * comparing without tone marks or case, so `Ket luan` finds `Kết luận` and `sumary`
 * finds `summary`.
 */
import { foldDiacritics } from './vietnamese.ts';

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function key(text: string): string {
  return foldDiacritics(text).toLowerCase().trim();
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo: equal
 * once tone marks and case are ignored, or at most a third of its letters (2 at least)
 * away. Never `value` itself.
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const target = key(value);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(target, key(candidate));
    if (distance <= Math.max(2, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
