/**
 * Checks all content before the site is built (SPEC §6): each entry against its schema,
 * then what one file cannot know alone — that references resolve, paragraph ids exist in
 * the plan, quotes of the plan are verbatim, slugs and document symbols are unique, only
 * known MDX components are used, the body's numbered sources agree with the sources
 * the entry lists (sources.ts), and the fields of a one-page summary fit one page
 * (summary-length.ts). Returns one Vietnamese problem per fault.
 */
import { z } from 'astro/zod';
import { type ReferenceFactory } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';
import { collectionSchemas } from '../../schemas/index.ts';
import { describeValue, vietnameseErrorMap } from '../../schemas/messages.ts';
import type { Plan } from '../../schemas/plan.ts';
import { planParagraphs } from '../plan/plan-paragraphs.ts';
import { closest } from '../format/closest.ts';
import { normalizeText, slugify, symbolToSlug } from '../format/vietnamese.ts';
import { fieldAt } from '../../schemas/fields.ts';
import { basename, extname } from 'node:path';
import { lineOfField, lineOfPath, loadContent, type RawEntry } from './load.ts';
import { findHeadings } from './mdx-body.ts';
import { faultProblems, inspectSource } from './mdx-policy.ts';
import { formatFieldPath, type ContentProblem } from './problem.ts';
import { sourceFaults } from './sources.ts';
import { summaryLengthFaults } from './summary-length.ts';

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
        message: `tên tệp "${entry.id}" cũng là địa chỉ trang, nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối. Hãy đổi tên tệp thành "${expectedSlug(entry)}${extname(entry.file)}".`,
      });
    }
    const key = `${entry.collection}/${entry.id}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: entry.file,
        field: '',
        message: `trùng mã "${entry.id}" với ${other.file}: hai mục trong cùng bộ sưu tập không được có cùng tên tệp (tên tệp là địa chỉ trang). Đổi tên một trong hai tệp, hoặc xoá bản thừa.`,
      });
      continue;
    }
    seen.set(key, entry);
    if (entry.data === undefined) continue;
    const result = schemas[entry.collection].safeParse(entry.data, {
      error: vietnameseErrorMap,
      reportInput: true,
    });
    if (!result.success) {
      const issues = result.error.issues;
      const absent = (path: readonly PropertyKey[]) => valueAt(entry.data, path) === undefined;
      const missing = issues
        .filter((issue) => issue.code !== 'unrecognized_keys' && absent(issue.path))
        .map((issue) => issue.path);
      // A misspelt key is reported once, as a typo of the required field it stands for.
      const typos = new Map<string, string>();
      for (const issue of issues) {
        if (issue.code !== 'unrecognized_keys') continue;
        for (const key of issue.keys) {
          const siblings = missing
            .filter((path) => path.length === issue.path.length + 1)
            .map((path) => String(path.at(-1)));
          const guess = closest(key, siblings);
          if (guess) typos.set([...issue.path, guess].join('.'), key);
          report(
            entry,
            [...issue.path, key],
            `trường này không có trong lược đồ của bộ sưu tập. ${guess ? `Có phải ý bạn là "${guess}"? Hãy sửa tên trường.` : 'Kiểm tra lỗi chính tả tên trường, hoặc xoá trường (các trường được dùng: docs/cac-truong.md).'}`,
          );
        }
      }
      for (const issue of issues) {
        if (issue.code === 'unrecognized_keys' || typos.has(issue.path.join('.'))) continue;
        report(
          entry,
          issue.path,
          absent(issue.path) ? missingFieldMessage(entry, issue.path) : issue.message,
        );
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

  // Documents with the same symbol, however spaced or slashed (01-KL/TW, 01 KL-TW), are one:
  // the file already named after it keeps it, else the first; the others are told to merge.
  const symbolOwners = new Map<string, RawEntry>();
  for (const { raw, data } of parsed) {
    if (raw.collection !== 'documents' || typeof data['symbol'] !== 'string') continue;
    const slug = symbolToSlug(data['symbol']);
    const owner = symbolOwners.get(slug);
    if (!owner || (owner.id !== slug && raw.id === slug)) symbolOwners.set(slug, raw);
  }
  for (const { raw, data } of parsed) {
    for (const { ref, path } of collectRefs(data)) {
      if (!ids.get(ref.collection)!.has(ref.id))
        report(raw, path, danglingMessage(ref, ids.get(ref.collection)!));
    }

    const planRef = data['plan'];
    const paragraphs = isRef(planRef) ? plans.get(planRef.id) : undefined;
    const checkParagraph = (id: unknown, path: PropertyKey[]) => {
      // Without its plan (missing, invalid or dangling: reported on its own), ids cannot be checked.
      if (typeof id !== 'string' || (isRef(planRef) && !paragraphs)) return;
      if (!paragraphs) {
        report(
          raw,
          path,
          `mã đoạn "${id}" cần biết thuộc kế hoạch nào: Hãy thêm trường plan (ví dụ plan: 2022).`,
        );
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
      const owner = symbolOwners.get(expected)!;
      if (owner !== raw) {
        report(
          raw,
          ['symbol'],
          `số hiệu "${symbol}" đã dùng cho ${owner.file}: mỗi văn bản chỉ có một mục. Gộp nội dung vào tệp đó rồi xoá tệp này, hoặc sửa số hiệu nếu gõ nhầm.`,
        );
      } else if (raw.id !== expected && SLUG.test(raw.id)) {
        // A file name that is not a slug at all was reported above, with this same fix.
        report(
          raw,
          ['symbol'],
          `văn bản có số hiệu "${symbol}" thì tệp phải tên là ${expected}${extname(raw.file)} (địa chỉ /van-ban/${expected}/), nhưng tệp đang tên là ${basename(raw.file)}. Hãy đổi tên tệp.`,
        );
      }
    }

    if (raw.collection === 'documents') {
      const status = data['status'] as { state: string; replacedBy?: Ref } | undefined;
      // The contract's "replaced by …" names an entry, so that the page can link it.
      if (status?.state === 'replaced' && status.replacedBy === undefined)
        report(
          raw,
          ['status', 'replacedBy'],
          'văn bản đã được thay thế (state: replaced) thì ghi văn bản thay thế: mã tệp của nó trong content/documents/, ví dụ replacedBy: 226-2025-qh15. Hãy thêm replacedBy (tạo mục cho văn bản thay thế trước, nếu chưa có), hoặc ghi state: historical nếu không có văn bản nào thay thế.',
        );
      else if (status?.replacedBy?.id === raw.id)
        report(
          raw,
          ['status', 'replacedBy'],
          `văn bản không thể được thay thế bởi chính nó (replacedBy: ${raw.id}). Hãy ghi mã tệp của văn bản mới thay thế văn bản này.`,
        );
    }

    if (raw.collection === 'plans' && String(data['year']) !== raw.id) {
      report(
        raw,
        ['year'],
        `kế hoạch năm ${String(data['year'])} phải nằm trong tệp ${String(data['year'])}.yaml (tên tệp là năm, cũng là địa chỉ /ke-hoach/${String(data['year'])}/), nhưng tệp tên là ${basename(raw.file)}. Hãy đổi tên tệp, hoặc sửa year nếu gõ nhầm.`,
      );
    }

    for (const fault of summaryLengthFaults(raw.collection, data)) report(raw, fault.path, fault.message);

    const body = raw.mdxSource === undefined ? undefined : inspectSource(raw.mdxSource);
    if (body) problems.push(...faultProblems(raw.file, body.faults));
    for (const fault of sourceFaults(data, body?.tree)) {
      problems.push(
        'path' in fault
          ? {
              file: raw.file,
              line: lineOfPath(raw, fault.path),
              field: formatFieldPath(fault.path),
              message: fault.message,
            }
          : { file: raw.file, line: fault.line, field: 'nội dung', message: fault.message },
      );
    }
    if (body === undefined) continue;
    for (const use of body.components) {
      if (use.name !== 'PlanQuote') continue;
      const problem = planQuoteProblem(use.attributes, plans, ids.get('plans')!);
      if (problem) problems.push({ file: raw.file, line: use.line, field: 'nội dung', message: problem });
    }

    if (raw.collection === 'lessons' && body.tree) {
      const outline = (data['outline'] as { title: string }[]).map((section) => section.title);
      const headings = findHeadings(body.tree, 2);
      // The build sets headings with typographic quotes; the outline is written with plain ones.
      if (foldQuotes(outline.join('\n')) !== foldQuotes(headings.join('\n'))) {
        report(
          raw,
          ['outline'],
          `dàn ý phải trùng với các tiêu đề ## của bài, theo thứ tự. Dàn ý: ${outline.map((t) => `"${t}"`).join(', ')}; tiêu đề ## trong bài: ${headings.map((t) => `"${t}"`).join(', ') || 'không có'}. Sửa dàn ý hoặc các tiêu đề cho khớp nhau.`,
        );
      }
    }
  }

  checkThemesAgainstPlans(parsed, report);
  return problems;
}

/** Text with typographic quotes (“ ” ‘ ’) written as plain ones, to compare what an editor typed with what the build set. */
function foldQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
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
      report(
        raw,
        ['order'],
        `mục II của kế hoạch ${plan.year} không có tiểu mục ${order}. Sửa order thành số của tiểu mục mà chủ đề này giải thích, từ 1 đến ${plan.sections.find((section) => section.number === 'II')?.items.length ?? 0}.`,
      );
      continue;
    }
    if (normalizeText(data['title'] as string) !== normalizeText(item.title)) {
      report(
        raw,
        ['title'],
        `tiêu đề phải nguyên văn như tiểu mục II.${order} của kế hoạch: "${item.title}". Hãy chép đúng tiêu đề đó; tên ngắn để ở shortTitle.`,
      );
    }
    const key = `${plan.year}/${order}`;
    const other = taken.get(key);
    if (other)
      report(
        raw,
        ['order'],
        `tiểu mục II.${order} của kế hoạch ${plan.year} đã có chủ đề ${other.file}: mỗi tiểu mục một chủ đề. Sửa order, hoặc gộp hai tệp.`,
      );
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
  // Missing or non-literal attributes are the policy's to report (mdx-policy.ts).
  if (plan === undefined || paragraph === undefined) return undefined;
  const paragraphs = plans.get(plan);
  // A plan that failed its own checks is reported there; don't pile up errors on its quotes.
  if (!paragraphs && planFiles.has(plan)) return undefined;
  if (!paragraphs)
    return `<PlanQuote plan="${plan}">: không có kế hoạch ${plan} trong content/plans/ (đang có: ${[...planFiles].join(', ')}). Sửa năm trong thuộc tính plan.`;
  const body = paragraphs.get(paragraph);
  if (body === undefined)
    return `<PlanQuote paragraph="${paragraph}">: không có đoạn này trong kế hoạch ${plan}. Các mã hợp lệ: ${[...paragraphs.keys()].join(', ')}.`;
  if (text !== undefined && !normalizeText(body).includes(normalizeText(text))) {
    return `<PlanQuote paragraph="${paragraph}" text="…">: câu trích không có nguyên văn trong đoạn ${paragraph}; hãy chép đúng từng chữ.`;
  }
  return undefined;
}

/** The slug an entry's file should have: a document's symbol folded (SPEC §2), else its name folded. */
function expectedSlug(entry: RawEntry): string {
  const symbol = (entry.data as { symbol?: unknown } | undefined)?.symbol;
  return entry.collection === 'documents' && typeof symbol === 'string'
    ? symbolToSlug(symbol)
    : slugify(entry.id);
}

/** The value at a path of parsed data, or `undefined` when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** A required field is absent: say what it is, what to write and where to add it. */
function missingFieldMessage(entry: RawEntry, path: readonly PropertyKey[]): string {
  const field = fieldAt(entry.collection, path);
  const name = String(path.at(-1));
  const what = field ? ` cần ${field.type.replaceAll('`', '')} — ${field.description}` : '';
  const where =
    path.length > 1
      ? `"${name}: …" vào ${formatFieldPath(path.slice(0, -1))}`
      : `dòng "${name}: …" vào ${entry.dataLine === 1 ? 'tệp' : 'phần khai báo giữa hai dòng "---"'}`;
  return `thiếu trường bắt buộc này:${what} Hãy thêm ${where}.`;
}

/** A reference to an entry that does not exist, with the likely intended one. */
function danglingMessage(ref: Ref, existing: Set<string>): string {
  if (ref.collection === 'plans') {
    return `không có kế hoạch "${ref.id}" trong content/plans/ (đang có: ${[...existing].sort().join(', ') || 'chưa có kế hoạch nào'}). Sửa năm, hoặc nhập kế hoạch đó trước: npm run import-plan -- <tệp>.`;
  }
  const guess = closest(ref.id, [...existing]);
  const hint = guess ? ` Có phải ý bạn là "${guess}"?` : '';
  return `tham chiếu đến "${ref.id}" nhưng không có mục nào như vậy trong content/${ref.collection}/.${hint} Kiểm tra chính tả (mã là tên tệp, không có đuôi), hoặc tạo mục đó trước: npm run new.`;
}
