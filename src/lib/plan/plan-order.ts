/**
 * Entries in the plan's order: each by the paragraph it is mainly built on (the first of
 * its `sources`), as a course following the plan would take them; ties by name.
 */
import { compareParagraphIds } from '../format/paragraph-id.ts';

/** An entry that rests on plan paragraphs, its main one first. */
export interface PlanOrdered {
  sources: readonly string[];
  title: string;
}

/** Sorts entries by their main plan paragraph, then by title (Vietnamese order); entries without one last. */
export function byPlanOrder<T>(items: readonly T[], fields: (item: T) => PlanOrdered): T[] {
  return [...items].sort((a, b) => {
    const [first, second] = [fields(a), fields(b)];
    const [pa, pb] = [first.sources[0], second.sources[0]];
    if (pa === undefined || pb === undefined) return (pa === undefined ? 1 : 0) - (pb === undefined ? 1 : 0);
    return compareParagraphIds(pa, pb) || first.title.localeCompare(second.title, 'vi');
  });
}
