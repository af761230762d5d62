/**
 * Field types shared by every collection: dates, paragraph ids, public links, quotes of
 * the plan, and the context a schema needs to make cross-references.
 * Messages are in Vietnamese: editors read them (SPEC §6).
 */
import { z } from 'astro/zod';
import { EXTERNAL_URL } from '../lib/format/url.ts';
import { PARAGRAPH_ID_PATTERN } from '../lib/format/paragraph-id.ts';
import { isIsoDate, isPartialDate, vietnameseDateToIso } from '../lib/format/date.ts';
import { describeValue } from './messages.ts';
import type { CollectionName } from './registry.ts';

/**
 * Builds a cross-reference field to an entry of another collection. In the site this is
 * Astro's `reference()`; the content checker passes one that records the target so that
 * dangling references are reported by file and field.
 */
export type ReferenceFactory = <C extends CollectionName>(
  collection: C,
) => z.ZodType<{ collection: C; id: string }, unknown>;

/** What a collection schema is built from. */
export interface SchemaContext {
  /** Makes a reference to another collection. */
  reference: ReferenceFactory;
}

/** Turns YAML dates into `YYYY-MM-DD` text: Astro's YAML reader makes `2021-05-18` a Date. */
function dateToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

function dateMessage(input: unknown, expected: string): string {
  if (input === undefined) return `thiếu trường bắt buộc này: cần ${expected}.`;
  if (typeof input === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(input)) {
    return `cần ${expected}, nhưng ngày "${input}" không có trong lịch. Kiểm tra lại ngày, tháng trong nguồn.`;
  }
  const suggestion = typeof input === 'string' ? vietnameseDateToIso(input) : undefined;
  const hint = suggestion
    ? ` Hãy viết: ${suggestion}.`
    : ' Hãy viết năm-tháng-ngày, ví dụ 18/5/2021 là 2021-05-18.';
  return `cần ${expected}, nhưng gặp ${describeValue(input)}.${hint}`;
}

/** The paragraph id an editor probably meant: `II-1-4`, `ii.1.4` or `II 1 4` → `II.1.4`. */
function paragraphIdGuess(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const guess = input
    .trim()
    .replace(/[\s\-_/]+/g, '.')
    .replace(/^[ivx]+/i, (roman) => roman.toUpperCase());
  return guess !== input && PARAGRAPH_ID_PATTERN.test(guess) ? guess : undefined;
}

/** `nhandan.vn/bai` → `https://nhandan.vn/bai`, for a link written without its scheme. */
function urlGuess(input: unknown): string | undefined {
  return typeof input === 'string' && /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(input.trim())
    ? `https://${input.trim()}`
    : undefined;
}

/** What an external link must be, what was found, and the likely fix. */
function urlMessage(input: unknown): string {
  const guess = urlGuess(input);
  const hint = guess ? ` Hãy viết: ${guess}.` : ' Hãy chép nguyên địa chỉ từ thanh địa chỉ của trình duyệt.';
  return `cần địa chỉ web đầy đủ (https://…), nhưng gặp ${describeValue(input)}.${hint}`;
}

/** A calendar date written `YYYY-MM-DD` (kept as text, so no time zone can shift it). */
export const isoDate = z.preprocess(
  dateToText,
  z
    .string({ error: (issue) => dateMessage(issue.input, 'ngày dạng YYYY-MM-DD (ví dụ 2021-05-18)') })
    .refine(isIsoDate, {
      error: (issue) => dateMessage(issue.input, 'ngày dạng YYYY-MM-DD (ví dụ 2021-05-18)'),
    }),
);

/** A date known to the year (`2003`), the month (`2020-08`) or the day (`2021-05-18`). */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateToText(value)),
  z
    .string({
      error: (issue) => dateMessage(issue.input, 'ngày dạng YYYY-MM-DD, tháng YYYY-MM hoặc năm YYYY'),
    })
    .refine(isPartialDate, {
      error: (issue) => dateMessage(issue.input, 'ngày dạng YYYY-MM-DD, tháng YYYY-MM hoặc năm YYYY'),
    }),
);

/** A paragraph id of the plan (`II.1.4`, `preamble`); that it exists is checked against the plan. */
export const paragraphId = z.string().regex(PARAGRAPH_ID_PATTERN, {
  error: (issue) => {
    const guess = paragraphIdGuess(issue.input);
    const hint = guess ? ` Có phải ý bạn là ${guess}?` : ' Mã đoạn viết bằng dấu chấm: mục.tiểu mục.đoạn.';
    return `cần mã đoạn của kế hoạch như II.1.4, I.2.1 hoặc preamble, nhưng gặp ${describeValue(issue.input)}.${hint}`;
  },
});

/** The paragraphs of the plan an entry is based on (its provenance). */
export const sources = z
  .array(paragraphId)
  .min(1, { error: 'cần ít nhất một mã đoạn của kế hoạch (ví dụ II.1.4) mà mục này dựa vào.' })
  .describe(
    'Các đoạn của kế hoạch mà mục này dựa vào (nguồn gốc), viết bằng mã đoạn: II.1.4 là mục II, tiểu mục 1, gạch đầu dòng thứ 4; preamble là đoạn "Căn cứ…".',
  );

/** A short text an editor must not leave blank. */
export function text(description: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'thiếu trường bắt buộc này: cần một đoạn văn bản.'
          : `cần một đoạn văn bản, nhưng gặp ${describeValue(issue.input)}. Hãy viết giá trị thành chữ, đặt trong dấu ngoặc kép nếu cần.`,
    })
    .trim()
    .min(1, { error: 'không được để trống. Hãy điền, hoặc xoá cả dòng nếu trường không bắt buộc.' })
    .describe(description);
}

/** A short text an editor may leave out; the description stays on the optional field. */
export function optionalText(description: string) {
  return text(description).optional().describe(description);
}

/** A list of short texts with at least `min` items. */
export function textList(description: string, min = 1) {
  return z
    .array(text(description))
    .min(min, {
      error: `cần ít nhất ${min} mục. Hãy viết mỗi mục một dòng bắt đầu bằng "- ", thụt vào dưới tên trường.`,
    })
    .describe(description);
}

/** The pattern of a source's footnote label (`kl01-vksndtc`). */
export const LINK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The label a source is cited by in the body (`[^kl01-vksndtc]`). */
const linkId = z.string().regex(LINK_ID_PATTERN, {
  error: (issue) =>
    `mã nguồn chỉ gồm chữ thường không dấu, số và dấu gạch nối (ví dụ kl01-vksndtc), nhưng gặp ${describeValue(issue.input)}.`,
});

const EXCERPT_DESCRIPTION =
  'Đoạn trích nguyên văn (một, hai câu, không quá 400 ký tự) từ trang nguồn, chứng minh điều mục này viết; người rà soát đối chiếu với trang.';

/** A public web page that supports what an entry says. */
export const publicLink = z
  .strictObject({
    url: z
      .string({ error: (issue) => urlMessage(issue.input) })
      .trim()
      .regex(EXTERNAL_URL, { error: (issue) => urlMessage(issue.input) })
      .describe(
        'Địa chỉ đầy đủ của trang nguồn công khai, bắt đầu bằng https:// (hoặc http://); không nhận javascript:, data: hay địa chỉ khác.',
      ),
    title: text('Tên trang hoặc bài viết nguồn, như trang đó ghi.'),
    publisher: optionalText('Cơ quan hoặc tờ báo đăng nguồn (ví dụ Báo Nhân Dân).'),
    published: partialDate
      .optional()
      .describe('Ngày nguồn đăng bài, nếu nguồn ghi rõ (YYYY-MM-DD); bỏ trống nếu chưa rõ.'),
    id: linkId
      .optional()
      .describe(
        'Mã của nguồn, dùng làm nhãn chú thích trong bài: viết [^mã] sau câu cần dẫn nguồn. Chữ thường không dấu, số và dấu gạch nối; không trùng trong cùng tệp.',
      ),
    excerpt: text(EXCERPT_DESCRIPTION)
      .max(400, { error: 'đoạn trích dài quá 400 ký tự. Hãy giữ một, hai câu chứng minh điều mục này viết.' })
      .optional()
      .describe(EXCERPT_DESCRIPTION),
  })
  .describe('Một nguồn công khai: địa chỉ, tiêu đề, nơi đăng và ngày đăng (nếu biết).');

/** Public sources of an entry. */
export const links = z
  .array(publicLink)
  .default([])
  .describe('Các nguồn công khai (trang web) xác nhận nội dung của mục này.');

/** A sentence of the plan quoted word for word, with the paragraph it comes from. */
export const planQuote = z
  .strictObject({
    paragraph: paragraphId.describe('Mã đoạn của kế hoạch chứa câu trích (ví dụ II.1.4).'),
    text: text(
      'Câu trích nguyên văn từ đoạn đó, không thêm bớt một chữ; bản dựng sẽ báo lỗi nếu câu không có trong đoạn.',
    ),
  })
  .describe('Một câu trích nguyên văn từ kế hoạch.');

/** The day the entry's facts were last checked, shown as "Thông tin tính đến …". */
export const updated = isoDate.describe(
  'Ngày các dữ kiện của mục này được kiểm tra lần cuối, dạng YYYY-MM-DD; trang hiển thị "Thông tin tính đến …".',
);

/** The changes since the plan (`content/changes/`) that alter how an entry reads today. */
export function changeRefs({ reference }: SchemaContext) {
  return z
    .array(reference('changes'))
    .default([])
    .describe(
      'Các thay đổi từ năm 2022 làm đổi cách đọc mục này (mã tệp trong content/changes/, ví dụ chinh-quyen-hai-cap-2025); trang hiện thông báo dẫn tới /thay-doi/.',
    );
}

/**
 * The provenance every entry but a plan carries: the plan it belongs to, the paragraphs
 * of that plan it rests on, its public sources and when it was last reviewed.
 */
export function provenance({ reference }: SchemaContext) {
  return {
    plan: reference('plans').describe(
      'Năm của kế hoạch mà mục này thuộc về, ví dụ 2022 (tên tệp trong content/plans/).',
    ),
    sources,
    links,
    updated,
  };
}
