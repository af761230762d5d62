/**
 * Checks all content before the site is built (SPEC §6): each entry against its schema,
 * then what one file cannot know alone — that references resolve, paragraph ids exist in
 * the plan, quotes of the plan are verbatim, slugs and document symbols are unique, only
 * known MDX components are used. Returns one Vietnamese problem per fault.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type ReferenceFactory } from '../../schemas/common.ts';
import { collectionSchemas } from '../../schemas/index.ts';
import { describeValue, vietnameseErrorMap } from '../../schemas/messages.ts';
import type { Plan } from '../../schemas/plan.ts';
import { planParagraphs } from '../plan/plan-paragraphs.ts';
import { normalizeText, symbolToSlug } from '../text/vietnamese.ts';
import { lineOfField, loadContent, type RawEntry } from './load.ts';
import { findComponents, findHeadings, MDX_COMPONENT_NAMES } from './mdx-body.ts';
import { formatFieldPath, type ContentProblem } from './problem.ts';

/** A reference as the checker's schemas produce it (the same shape as Astro's). */
interface Ref {
  collection: CollectionName;
  id: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** References made by the checker: the id as text, tagged with its collection. */
const checkerReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .preprocess(
      (value) => (typeof value === 'number' ? String(value) : value),
      z.string({
        error: (issue) =>
          `cần mã (tên tệp, không có đuôi) của một mục trong content/${collection}/, nhưng gặp ${describeValue(issue.input)}.`,
      }),
    )
    .transform((id) => ({ collection, id }));

const schemas = collectionSchemas({ reference: checkerReference });

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    COLLECTIONS.includes((value as Ref).collection) &&
    typeof (value as Ref).id === 'string'
  );
}

/** Every reference in parsed data, with the path where it stands. */
function collectRefs(value: unknown, path: PropertyKey[] = []): { ref: Ref; path: PropertyKey[] }[] {
  if (isRef(value)) return [{ ref: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectRefs(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => collectRefs(item, [...path, key]));
  }
  return [];
}

interface ParsedEntry {
  raw: RawEntry;
  data: Record<string, unknown>;
}

/** Checks the content under the given roots (see `loadContent`) and returns every problem found. */
export function checkContent(roots: string[]): ContentProblem[] {
  const { entries, problems } = loadContent(roots);
  const report = (entry: RawEntry, path: readonly PropertyKey[], message: string) =>
    problems.push({
      file: entry.file,
      line: lineOfField(entry, path[0]),
      field: formatFieldPath(path),
      message,
    });

  const parsed: ParsedEntry[] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    if (!SLUG.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: '',
        message: `tên tệp "${entry.id}" cũng là địa chỉ trang, nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối (ví dụ "01-kl-tw").`,
      });
    }
    const key = `${entry.collection}/${entry.id}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: entry.file,
        field: '',
        message: `trùng mã "${entry.id}" với ${other.file}: hai mục trong cùng bộ sưu tập không được có cùng tên tệp.`,
      });
      continue;
    }
    seen.set(key, entry);
    if (entry.data === undefined) continue;
    const result = schemas[entry.collection].safeParse(entry.data, { error: vietnameseErrorMap });
    if (!result.success) {
      const missing = result.error.issues
        .filter((issue) => issue.code === 'invalid_type' && issue.input === undefined)
        .map((issue) => String(issue.path.at(-1)));
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            const guess = missing.find((name) => editDistance(name, key) <= 2);
            const hint = guess
              ? ` Có phải ý bạn là "${guess}"?`
              : ' Kiểm tra lỗi chính tả tên trường, hoặc xoá trường.';
            report(entry, [...issue.path, key], `trường này không có trong lược đồ của bộ sưu tập.${hint}`);
          }
        } else report(entry, issue.path, issue.message);
      }
      continue;
    }
    parsed.push({ raw: entry, data: result.data as Record<string, unknown> });
  }

  // Entries that failed their schema still exist: references to them are not dangling.
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  for (const entry of entries) ids.get(entry.collection)!.add(entry.id);
  const plans = new Map(
    parsed
      .filter(({ raw }) => raw.collection === 'plans')
      .map(({ raw, data }) => [raw.id, new Map(planParagraphs(data as Plan).map((p) => [p.id, p.text]))]),
  );

  const symbols = new Map<string, RawEntry>();
  for (const { raw, data } of parsed) {
    for (const { ref, path } of collectRefs(data)) {
      if (!ids.get(ref.collection)!.has(ref.id)) {
        report(
          raw,
          path,
          `tham chiếu đến "${ref.id}" nhưng không có mục nào như vậy trong content/${ref.collection}/. Kiểm tra chính tả, hoặc tạo mục đó trước.`,
        );
      }
    }

    const planRef = data['plan'];
    const paragraphs = isRef(planRef) ? plans.get(planRef.id) : undefined;
    const checkParagraph = (id: unknown, path: PropertyKey[]) => {
      if (typeof id !== 'string' || (isRef(planRef) && !paragraphs && ids.get('plans')!.has(planRef.id)))
        return;
      if (!paragraphs) {
        report(raw, path, `mã đoạn "${id}" cần một kế hoạch: hãy thêm trường plan (ví dụ plan: 2022).`);
      } else if (!paragraphs.has(id)) {
        report(
          raw,
          path,
          `không có đoạn "${id}" trong kế hoạch ${(planRef as Ref).id}. Các mã hợp lệ: ${[...paragraphs.keys()].join(', ')}.`,
        );
      }
    };
    (data['sources'] as unknown[] | undefined)?.forEach((id, index) =>
      checkParagraph(id, ['sources', index]),
    );
    (data['responsibilities'] as { paragraph: string }[] | undefined)?.forEach((r, index) =>
      checkParagraph(r.paragraph, ['responsibilities', index, 'paragraph']),
    );
    (data['planQuotes'] as { paragraph: string; text: string }[] | undefined)?.forEach((quote, index) => {
      checkParagraph(quote.paragraph, ['planQuotes', index, 'paragraph']);
      const paragraph = paragraphs?.get(quote.paragraph);
      if (paragraph !== undefined && !normalizeText(paragraph).includes(normalizeText(quote.text))) {
        report(
          raw,
          ['planQuotes', index, 'text'],
          `câu trích không có nguyên văn trong đoạn ${quote.paragraph} của kế hoạch. Hãy chép đúng từng chữ từ đoạn đó.`,
        );
      }
    });

    if (raw.collection === 'documents' && typeof data['symbol'] === 'string') {
      const symbol = data['symbol'];
      const expected = symbolToSlug(symbol);
      if (raw.id !== expected) {
        report(
          raw,
          ['symbol'],
          `văn bản có số hiệu "${symbol}" thì tệp phải tên là ${expected}.mdx (địa chỉ /van-ban/${expected}/), nhưng tệp tên là ${raw.id}.`,
        );
      }
      const other = symbols.get(normalizeText(symbol).toUpperCase());
      if (other)
        report(raw, ['symbol'], `số hiệu "${symbol}" đã dùng cho ${other.file}: mỗi văn bản chỉ có một mục.`);
      else symbols.set(normalizeText(symbol).toUpperCase(), raw);
    }

    const bodyLine = raw.dataSource.split(/\r?\n/).length + raw.dataLine + 1;
    for (const use of findComponents(raw.body)) {
      const line = bodyLine + use.line - 1;
      if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(use.name)) {
        problems.push({
          file: raw.file,
          line,
          field: 'nội dung',
          message: `không có thành phần <${use.name}>. Các thành phần được dùng: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`,
        });
      } else if (use.name === 'PlanQuote') {
        const problem = planQuoteProblem(use.attributes, plans, ids.get('plans')!);
        if (problem) problems.push({ file: raw.file, line, field: 'nội dung', message: problem });
      }
    }

    if (raw.collection === 'lessons') {
      const outline = (data['outline'] as { title: string }[]).map((section) => section.title);
      const headings = findHeadings(raw.body, 2);
      if (outline.join('\n') !== headings.join('\n')) {
        report(
          raw,
          ['outline'],
          `dàn ý phải trùng với các tiêu đề ## của bài, theo thứ tự. Dàn ý: ${outline.map((t) => `"${t}"`).join(', ')}; tiêu đề ## trong bài: ${headings.map((t) => `"${t}"`).join(', ') || 'không có'}.`,
        );
      }
    }
  }

  checkThemesAgainstPlans(parsed, report);
  return problems;
}

/** A theme's title is its plan item's heading verbatim, and each item has one theme at most. */
function checkThemesAgainstPlans(
  parsed: ParsedEntry[],
  report: (entry: RawEntry, path: readonly PropertyKey[], message: string) => void,
) {
  const plans = new Map(
    parsed.filter(({ raw }) => raw.collection === 'plans').map(({ raw, data }) => [raw.id, data as Plan]),
  );
  const taken = new Map<string, RawEntry>();
  for (const { raw, data } of parsed.filter(({ raw }) => raw.collection === 'themes')) {
    const planRef = data['plan'];
    const plan = isRef(planRef) ? plans.get(planRef.id) : undefined;
    if (!plan) continue;
    const order = data['order'] as number;
    const item = plan.sections.find((section) => section.number === 'II')?.items[order - 1];
    if (!item) {
      report(raw, ['order'], `mục II của kế hoạch ${plan.year} không có tiểu mục ${order}.`);
      continue;
    }
    if (normalizeText(data['title'] as string) !== normalizeText(item.title)) {
      report(
        raw,
        ['title'],
        `tiêu đề phải nguyên văn như tiểu mục II.${order} của kế hoạch: "${item.title}".`,
      );
    }
    const key = `${plan.year}/${order}`;
    const other = taken.get(key);
    if (other) report(raw, ['order'], `tiểu mục II.${order} đã có chủ đề ${other.file}.`);
    else taken.set(key, raw);
  }
}

/** What is wrong with a `<PlanQuote plan="2022" paragraph="II.1.4" text="…" />`, if anything. */
function planQuoteProblem(
  attributes: Record<string, string>,
  plans: Map<string, Map<string, string>>,
  planFiles: Set<string>,
): string | undefined {
  const { plan, paragraph, text } = attributes;
  if (plan === undefined || paragraph === undefined) {
    return '<PlanQuote> cần hai thuộc tính plan và paragraph, ví dụ <PlanQuote plan="2022" paragraph="II.1.4" />.';
  }
  const paragraphs = plans.get(plan);
  // A plan that failed its own checks is reported there; don't pile up errors on its quotes.
  if (!paragraphs && planFiles.has(plan)) return undefined;
  if (!paragraphs) return `<PlanQuote plan="${plan}">: không có kế hoạch ${plan} trong content/plans/.`;
  const body = paragraphs.get(paragraph);
  if (body === undefined)
    return `<PlanQuote paragraph="${paragraph}">: không có đoạn này trong kế hoạch ${plan}.`;
  if (text !== undefined && !normalizeText(body).includes(normalizeText(text))) {
    return `<PlanQuote paragraph="${paragraph}" text="…">: câu trích không có nguyên văn trong đoạn ${paragraph}; hãy chép đúng từng chữ.`;
  }
  return undefined;
}

/** Levenshtein distance, to suggest the field an editor meant when a key is misspelt. */
function editDistance(a: string, b: string): number {
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
