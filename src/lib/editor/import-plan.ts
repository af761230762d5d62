/**
 * Turns the text of a plan into the `plans` entry `content/plans/<year>.yaml`: parse
 * (every line placed, or a `PlanParseError` naming each line that is not), add the
 * issuer, validate against the schema, and describe what was recognised so the editor
 * can compare it with the original before publishing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePlanText, PlanParseError } from '../plan/parse-plan-text.ts';
import { planParagraphs } from '../plan/plan-paragraphs.ts';
import { planSchema, type Plan } from '../../schemas/plan.ts';
import { vietnameseErrorMap } from '../../schemas/messages.ts';
import { formatFieldPath } from '../content-check/problem.ts';

/** The plan file of a year under a content folder. */
export function planFile(contentRoot: string, year: number): string {
  return join(contentRoot, 'plans', `${year}.yaml`);
}

/** The newest plan already in the content folder (its year and issuer), if any. */
export function latestPlan(contentRoot: string): { year: number; issuer: string } | undefined {
  const dir = join(contentRoot, 'plans');
  if (!existsSync(dir)) return undefined;
  const years = readdirSync(dir)
    .map((name) => /^(\d{4})\.yaml$/.exec(name)?.[1])
    .filter((year) => year !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
  const year = years[0];
  if (year === undefined) return undefined;
  const data = parse(readFileSync(planFile(contentRoot, year), 'utf8')) as { issuer?: unknown };
  return typeof data.issuer === 'string' ? { year, issuer: data.issuer } : undefined;
}

/** True when parsing failed only because the title names no year (so the editor can be asked). */
export function onlyYearMissing(error: unknown): boolean {
  return error instanceof PlanParseError && error.problems.every((problem) => problem.missingYear);
}

/**
 * Builds the plan entry from the plan's text. Throws `PlanParseError` for lines it cannot
 * place and an `Error` listing every schema problem if the result is not a valid plan.
 */
export function importPlan(text: string, options: { year?: number; issuer: string }): Plan {
  const parsed = parsePlanText(text, options.year === undefined ? {} : { year: options.year });
  const titleYear = /năm\s+(\d{4})/.exec(parsed.title)?.[1];
  if (titleYear !== undefined && Number(titleYear) !== parsed.year) {
    throw new Error(
      `Trích yếu ghi năm ${titleYear} nhưng năm được cho là ${parsed.year}. Bỏ --year (năm lấy từ trích yếu), hoặc sửa trích yếu trong bản gốc.`,
    );
  }
  const result = planSchema.safeParse({ ...parsed, issuer: options.issuer }, { error: vietnameseErrorMap });
  if (!result.success) {
    throw new Error(
      [
        'Kế hoạch đọc được nhưng chưa hợp lệ:',
        ...result.error.issues.map((issue) => `  trường "${formatFieldPath(issue.path)}": ${issue.message}`),
      ].join('\n'),
    );
  }
  return result.data;
}

/** What was recognised, in Vietnamese, one line each: structure, counts, recipients, issuer. */
export function describePlan(plan: Plan): string[] {
  const paragraphs = planParagraphs(plan);
  const range = (ids: string[]) => (ids.length === 1 ? ids[0] : `${ids[0]}–${ids.at(-1)}`);
  return [
    `Kế hoạch năm ${plan.year}: ${plan.docType} — ${plan.title}`,
    `Cơ quan ban hành: ${plan.issuer}`,
    `Các dòng đầu văn bản: ${plan.header.length === 0 ? 'không có' : plan.header.join(' | ')}`,
    `Đoạn mở đầu (preamble): ${plan.preamble.slice(0, 70)}${plan.preamble.length > 70 ? '…' : ''}`,
    ...plan.sections.flatMap((section) => [
      `Mục ${section.number}. ${section.title} — ${section.items.length} tiểu mục`,
      ...section.items.map((item) => {
        const ids = item.paragraphs.map((paragraph) => paragraph.id);
        const bullets = item.paragraphs.filter((paragraph) => paragraph.bullet).length;
        const kind = bullets === 0 ? 'đoạn văn' : 'gạch đầu dòng';
        return `  ${item.number}. ${item.title} — ${ids.length} ${kind} (${range(ids)})`;
      }),
    ]),
    `Tổng cộng ${paragraphs.length} đoạn có mã (kể cả đoạn mở đầu).`,
    `${plan.closing.recipientsLabel || 'Nơi nhận'} ${plan.closing.recipients.length} dòng; khối ký: ${plan.closing.signature || 'không có'}`,
  ];
}
