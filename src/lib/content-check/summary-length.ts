/**
 * The one-page summary of a theme or campaign ("In bản tóm tắt 1 trang",
 * public/print-summary.css) prints fields of the entry as they are, at 10.5 pt, on one A4
 * page: so the checker caps their lengths. The caps are what one page holds, measured on
 * the longest real content (doan-ket-toan-dan fills about 96 % of the page;
 * tests/e2e/print-summary.spec.ts prints every summary); a field over its cap is reported
 * with its length, the cap and what to do.
 */
import type { CollectionName } from '../../schemas/registry.ts';

/** A field over its cap: where it is, and the Vietnamese message for the editor. */
export interface SummaryLengthFault {
  path: (string | number)[];
  message: string;
}

/** The most characters each field the summary prints may hold, in total over its items. */
export const SUMMARY_CAPS = {
  themes: { keyMessages: 1200, levelTasks: 2300 },
  campaigns: { summary: 500, goals: 400, howToTakePart: 600, planQuotes: 600 },
} as const satisfies Partial<Record<CollectionName, Record<string, number>>>;

/** The characters a field prints: a text, a list of texts, a level's tasks, a quote's text. */
export function printedLength(value: unknown): number {
  if (typeof value === 'string') return value.trim().length;
  if (Array.isArray(value)) return value.reduce((total: number, item) => total + printedLength(item), 0);
  if (typeof value === 'object' && value !== null) {
    const { tasks, text } = value as { tasks?: unknown; text?: unknown };
    return printedLength(tasks) + printedLength(text);
  }
  return 0;
}

/** The fields of an entry too long for its one-page summary. */
export function summaryLengthFaults(
  collection: CollectionName,
  data: Record<string, unknown>,
): SummaryLengthFault[] {
  const caps: Record<string, number> | undefined =
    collection === 'themes' || collection === 'campaigns' ? SUMMARY_CAPS[collection] : undefined;
  if (!caps) return [];
  return Object.entries(caps).flatMap(([field, cap]) => {
    const length = printedLength(data[field]);
    return length > cap
      ? [
          {
            path: [field],
            message: `trường này in trong bản tóm tắt 1 trang và dài ${length} ký tự, quá giới hạn ${cap} ký tự của một trang A4. Hãy rút gọn (bớt ý trùng, viết ngắn từng dòng) còn tối đa ${cap} ký tự.`,
          },
        ]
      : [];
  });
}
