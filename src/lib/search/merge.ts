/**
 * Merging the results of the queries one reader's query expands to (đ twins, synonyms):
 * one entry per page, with the best of its weighted scores.
 */

/** A page found by one Pagefind query, with Pagefind's score for it. */
export interface ScoredPage {
  id: string;
  score: number;
}

/** The results of one Pagefind query and the weight its scores carry. */
export interface VariantResults<T extends ScoredPage> {
  weight: number;
  results: readonly T[];
}

/**
 * Every page found by any of the queries, once, best weighted score first. The page
 * object kept is the one that gave the best score; equal scores keep the order in
 * which the queries were given (the words as typed come first).
 */
export function mergeByPage<T extends ScoredPage>(
  runs: readonly VariantResults<T>[],
): { page: T; score: number }[] {
  const best = new Map<string, { page: T; score: number }>();
  for (const run of runs) {
    for (const page of run.results) {
      const score = page.score * run.weight;
      const current = best.get(page.id);
      if (!current || score > current.score) best.set(page.id, { page, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
