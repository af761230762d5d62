/** Reading a plan's paragraphs in order, whatever the plan's year. */
import type { Plan } from '../../schemas/plan.ts';
import { PREAMBLE_ID } from '../format/paragraph-id.ts';

/** A paragraph of a plan: its id and its verbatim text. */
export interface PlanParagraph {
  id: string;
  text: string;
}

/** Every paragraph of a plan in reading order, the preamble first. */
export function planParagraphs(plan: Pick<Plan, 'preamble' | 'sections'>): PlanParagraph[] {
  return [
    { id: PREAMBLE_ID, text: plan.preamble },
    ...plan.sections.flatMap((section) =>
      section.items.flatMap((item) => item.paragraphs.map(({ id, text }) => ({ id, text }))),
    ),
  ];
}
