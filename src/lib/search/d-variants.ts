/**
 * `đ` typed as `d`. Pagefind folds tone marks (`doàn` and `đoan` both reach `đoàn`) but
 * not `đ` itself: U+0111 has no Unicode decomposition, so `doan ket` never reaches
 * `đoàn kết`. The query is expanded instead: every word that starts with `d` is tried
 * both as typed and with `đ`, and the caller merges the results by page.
 */

/** Most variants one query expands to; beyond it the likeliest are kept. */
export const MAX_D_VARIANTS = 16;

/** The subsets of `items` with exactly `size` members, in order. */
function subsetsOfSize<T>(items: readonly T[], size: number, start = 0): T[][] {
  if (size === 0) return [[]];
  const subsets: T[][] = [];
  for (let index = start; index <= items.length - size; index++) {
    for (const rest of subsetsOfSize(items, size - 1, index + 1)) subsets.push([items[index]!, ...rest]);
  }
  return subsets;
}

/**
 * The word lists a query expands to, the words as typed first. A word typed twice
 * takes the same form in both places (`dan … dan` is `dân … dân` or `đan … đan`), which
 * keeps long slogans to a handful of variants. When there are more combinations than
 * `limit`, those changing fewer words come first, and the one changing every word is
 * always kept.
 */
export function dVariants(words: readonly string[], limit = MAX_D_VARIANTS): string[][] {
  const dWords = [...new Set(words.filter((word) => word.startsWith('d')))];
  const chosen: string[][] = [];
  for (let size = 0; size < dWords.length && chosen.length < limit - 1; size++) {
    // Few distinct d-words in practice; the limit stops the enumeration early otherwise.
    for (const subset of subsetsOfSize(dWords, size)) {
      if (chosen.length >= limit - 1) break;
      chosen.push(subset);
    }
  }
  chosen.push(dWords);
  return chosen.map((subset) => {
    const changed = new Set(subset);
    return words.map((word) => (changed.has(word) ? `đ${word.slice(1)}` : word));
  });
}
