/**
 * Entries of several years' plans, grouped by plan for browse pages: the newest plan
 * first, each group keeping the order it was given (a theme list stays in plan order).
 */

/** One plan's share of a list: the plan's year (its id) and its entries. */
export interface PlanGroup<T> {
  plan: string;
  entries: T[];
}

/** Groups entries by the plan `planOf` names, newest plan first. */
export function groupByPlan<T>(entries: readonly T[], planOf: (entry: T) => string): PlanGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const plan = planOf(entry);
    groups.set(plan, [...(groups.get(plan) ?? []), entry]);
  }
  return [...groups]
    .map(([plan, list]) => ({ plan, entries: list }))
    .sort((a, b) => Number(b.plan) - Number(a.plan));
}
