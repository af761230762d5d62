/**
 * Turns the text of a plan into the `plans` entry `content/plans/<year>.yaml`: parse
 * (every line placed, or a `PlanParseError` naming each line that is not), add the
 * issuer, validate against the schema, and describe what was recognised so the editor
 * can compare it with the original before publishing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePlanText, PlanParseError, type ParsedPlan } from '../plan/parse-plan-text.ts';
import { loadContent } from '../content-check/load.ts';
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
  const file = planFile(contentRoot, year);
  let data: { issuer?: unknown };
  try {
    data = parse(readFileSync(file, 'utf8')) as { issuer?: unknown };
  } catch (error) {
    throw new Error(
      `Không đọc được kế hoạch đã có ${file}: ${(error as Error).message.split('\n')[0]}. Hãy sửa tệp đó trước (npm run check:content cho biết dòng nào).`,
      { cause: error },
    );
  }
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
  checkStructure(parsed);
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

/**
 * The plan has SPEC §2's structure: I (purpose), II (the content to propagate: its items
 * become themes), III (who does what: organisations). A plan laid out otherwise would give
 * themes from the wrong section, so it is refused, naming the headings found (audit I3,
 * I4); so is a line in capitals inside the body, a heading without a number that would
 * otherwise be read as a paragraph.
 */
function checkStructure(plan: ParsedPlan): void {
  const found = plan.sections.map((section) => `${section.number}. ${section.title}`);
  const expected: [string, RegExp, string][] = [
    ['I', /MỤC ĐÍCH/i, 'MỤC ĐÍCH, YÊU CẦU'],
    ['II', /NỘI DUNG/i, 'NỘI DUNG TUYÊN TRUYỀN'],
    ['III', /TỔ CHỨC THỰC HIỆN/i, 'TỔ CHỨC THỰC HIỆN'],
  ];
  const wrong =
    plan.sections.length !== 3 ||
    expected.some(
      ([number, title], index) =>
        plan.sections[index]?.number !== number || !title.test(plan.sections[index]!.title),
    );
  const problems: string[] = [];
  if (wrong)
    problems.push(
      `các mục lớn phải là ${expected.map(([number, , title]) => `${number}. ${title}`).join('; ')} (chủ đề lấy từ các tiểu mục của mục II, đơn vị từ mục III), nhưng gặp: ${found.join('; ') || 'không có mục nào'}. Hãy sửa bản gốc cho đúng bố cục đó rồi nhập lại.`,
    );
  for (const section of plan.sections)
    for (const item of section.items)
      for (const paragraph of item.paragraphs)
        if (/\p{L}{2}/u.test(paragraph.text) && paragraph.text === paragraph.text.toUpperCase())
          problems.push(
            `dòng chữ in hoa "${paragraph.text}" (đọc thành đoạn ${paragraph.id}) trông như một tiêu đề không có số. Hãy đánh số La Mã cho nó (nếu là mục lớn) hoặc bỏ nó khỏi bản gốc, rồi nhập lại.`,
          );
  if (problems.length > 0)
    throw new Error(['Kế hoạch không đúng bố cục của sổ tay:', ...problems.map((p) => `  ${p}`)].join('\n'));
}

/**
 * What `--force` would break: the paragraph ids the new plan drops, and the entries under
 * the content folder that cite each (audit I5). Empty when nothing disappears.
 */
export function forceImpact(old: Plan, next: Plan, contentRoot: string): string[] {
  const kept = new Set(planParagraphs(next).map((paragraph) => paragraph.id));
  const dropped = planParagraphs(old)
    .map((paragraph) => paragraph.id)
    .filter((id) => !kept.has(id));
  if (dropped.length === 0) return [];
  const citing = new Map(dropped.map((id) => [id, [] as string[]]));
  for (const entry of loadContent([contentRoot]).entries) {
    const data = entry.data as {
      plan?: unknown;
      sources?: unknown;
      planQuotes?: unknown;
      responsibilities?: unknown;
    };
    if (entry.collection === 'plans' || String(data?.plan) !== String(old.year)) continue;
    const text = JSON.stringify([data.sources, data.planQuotes, data.responsibilities]);
    for (const id of dropped) if (text.includes(`"${id}"`)) citing.get(id)!.push(entry.file);
  }
  return dropped.map((id) => {
    const files = citing.get(id)!;
    return `đoạn ${id} sẽ mất${files.length > 0 ? `; ${files.length} mục đang dẫn đoạn này: ${files.join(', ')}` : ''}.`;
  });
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
