/**
 * A Party, State or Front document (`content/documents/<slug>.mdx`): one the plan cites,
 * or a context document readers need (`citedByPlan: false`), which carries no plan
 * provenance and is never counted as a citation of the plan.
 */
import { z } from 'astro/zod';
import {
  changeRefs,
  isoDate,
  LINK_ID_PATTERN,
  links,
  optionalText,
  paragraphId,
  planQuote,
  text,
  updated,
  type SchemaContext,
} from './common.ts';

/** The kinds of document, as Vietnamese administrative usage names them. */
export const DOCUMENT_KINDS = [
  'Nghị quyết',
  'Kết luận',
  'Quy định',
  'Quyết định',
  'Chỉ thị',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Luật',
  'Nghị định',
] as const;

/** Fields of a document that may be marked "chưa xác minh" (not yet verified). */
export const VERIFIABLE_DOCUMENT_FIELDS = ['symbol', 'issued', 'signer', 'title'] as const;

/** Where a document stands now: in force, replaced, historical, or not yet verified. */
export const DOCUMENT_STATES = ['in-force', 'replaced', 'historical', 'unverified'] as const;

/** The schema of a `documents` entry. */
export function documentSchema(context: SchemaContext) {
  const { reference } = context;
  return z
    .strictObject({
      kind: z
        .enum(DOCUMENT_KINDS)
        .describe('Loại văn bản: Nghị quyết, Kết luận, Quy định, Quyết định, Chỉ thị, Thông báo…'),
      symbol: optionalText(
        'Số, ký hiệu văn bản như 01-KL/TW; bỏ trống nếu văn bản không có hoặc chưa xác minh.',
      ),
      title: text('Tên chính thức (trích yếu) của văn bản.'),
      planWording: optionalText(
        'Cách kế hoạch gọi văn bản, nguyên văn, khi khác tên chính thức (ví dụ "Nghị quyết 45 của Bộ Chính trị").',
      ),
      issuer: text('Cơ quan ban hành, đầy đủ như nguồn ghi (ví dụ "Bộ Chính trị khóa XI").'),
      issuerGroup: text('Cơ quan ban hành rút gọn, dùng để nhóm và lọc (ví dụ "Bộ Chính trị").'),
      issued: isoDate.optional().describe('Ngày ban hành, dạng YYYY-MM-DD; bỏ trống nếu chưa xác minh.'),
      signer: optionalText('Người ký, nếu nguồn công khai ghi rõ.'),
      structure: optionalText('Bố cục văn bản, nếu nguồn ghi (ví dụ "5 chương, 19 điều").'),
      meeting: z
        .strictObject({
          from: isoDate.describe('Ngày khai mạc, YYYY-MM-DD.'),
          to: isoDate.describe('Ngày bế mạc, YYYY-MM-DD.'),
        })
        .optional()
        .describe('Với nghị quyết đại hội, hội nghị: ngày họp (đã xác minh).'),
      unverified: z
        .array(z.enum(VERIFIABLE_DOCUMENT_FIELDS))
        .default([])
        .describe(
          'Các trường chưa xác minh được từ nguồn công khai (symbol, issued, signer, title). Trường chưa xác minh phải để trống, trừ title; trang sẽ ghi "chưa xác minh".',
        ),
      summary: text('Tóm tắt trung lập: văn bản nói về điều gì (1–3 câu).'),
      citedByPlan: z
        .boolean()
        .default(true)
        .describe(
          'true nếu kế hoạch trích dẫn văn bản này; false với văn bản bối cảnh mà kế hoạch không nhắc nhưng báo cáo viên cần biết (khi đó được bỏ plan, sources, planQuotes).',
        ),
      fullText: z
        .url({ error: 'cần địa chỉ web đầy đủ (https://…) của trang đăng toàn văn.' })
        .optional()
        .describe(
          'Địa chỉ trang đăng toàn văn công khai (ưu tiên cổng thông tin chính thức); địa chỉ này cũng phải có trong links.',
        ),
      status: z
        .strictObject({
          state: z
            .enum(DOCUMENT_STATES)
            .describe(
              'Hiệu lực hiện nay: in-force (còn hiệu lực), replaced (đã được thay thế), historical (đã hoàn thành, chỉ còn giá trị lịch sử), unverified (chưa xác minh).',
            ),
          replacedBy: reference('documents')
            .optional()
            .describe('Văn bản thay thế (mã tệp trong content/documents/); chỉ ghi khi state là replaced.'),
          note: optionalText(
            'Một câu, lời của sổ tay: hiệu lực hiện nay ra sao, văn bản nào kế tiếp; phần "Hiệu lực hiện nay" trong bài dẫn nguồn cho câu này.',
          ),
          checked: isoDate.describe('Ngày kiểm tra hiệu lực, dạng YYYY-MM-DD.'),
          source: z
            .string()
            .regex(LINK_ID_PATTERN, { error: 'cần mã (id) của một nguồn trong links.' })
            .optional()
            .describe(
              'Mã (id) của nguồn trong links xác nhận hiệu lực; chỉ được bỏ khi state là unverified.',
            ),
        })
        .optional()
        .describe('Hiệu lực hiện nay của văn bản, ngày kiểm tra và nguồn.'),
      changes: changeRefs(context),
      planQuotes: z
        .array(planQuote)
        .default([])
        .describe(
          'Các câu của kế hoạch trích dẫn văn bản này, nguyên văn, kèm mã đoạn (bắt buộc, ít nhất một, khi citedByPlan là true).',
        ),
      plan: reference('plans')
        .optional()
        .describe(
          'Năm của kế hoạch mà mục này thuộc về, ví dụ 2022 (tên tệp trong content/plans/); bắt buộc khi citedByPlan là true.',
        ),
      sources: z
        .array(paragraphId)
        .default([])
        .describe(
          'Các đoạn của kế hoạch mà mục này dựa vào, viết bằng mã đoạn (II.1.4 là mục II, tiểu mục 1, gạch đầu dòng thứ 4; preamble là đoạn "Căn cứ…"); bắt buộc, ít nhất một, khi citedByPlan là true.',
        ),
      links,
      updated,
    })
    .superRefine((entry, ctx) => {
      for (const field of entry.unverified) {
        if (field !== 'title' && entry[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `trường này được ghi là chưa xác minh (unverified) nên phải để trống, nhưng đang có ${JSON.stringify(entry[field])}. Xoá giá trị, hoặc bỏ "${field}" khỏi unverified nếu đã có nguồn công khai.`,
          });
        }
      }
      if (entry.citedByPlan) {
        const cited = 'văn bản được kế hoạch trích dẫn (citedByPlan: true)';
        if (entry.plan === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['plan'],
            message: `thiếu trường bắt buộc này: ${cited} cần năm của kế hoạch, ví dụ plan: 2022. Nếu kế hoạch không trích dẫn văn bản này, hãy ghi citedByPlan: false.`,
          });
        if (entry.sources.length === 0)
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: `${cited} cần ít nhất một mã đoạn của kế hoạch (ví dụ II.1.4) mà mục này dựa vào.`,
          });
        if (entry.planQuotes.length === 0)
          ctx.addIssue({
            code: 'custom',
            path: ['planQuotes'],
            message: `${cited} cần ít nhất một câu trích nguyên văn của kế hoạch nhắc đến văn bản.`,
          });
      }
      const urls = new Set(entry.links.map((link) => link.url));
      if (entry.fullText !== undefined && !urls.has(entry.fullText)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fullText'],
          message:
            'địa chỉ toàn văn phải có cả trong links (kèm tiêu đề, nơi đăng, đoạn trích). Hãy thêm một nguồn có cùng địa chỉ vào links.',
        });
      }
      const status = entry.status;
      if (status === undefined) return;
      if (status.replacedBy !== undefined && status.state !== 'replaced') {
        ctx.addIssue({
          code: 'custom',
          path: ['status', 'replacedBy'],
          message: `chỉ ghi văn bản thay thế khi state là replaced, nhưng state đang là "${status.state}". Sửa state, hoặc xoá replacedBy và tả văn bản kế tiếp trong note.`,
        });
      }
      if (status.source === undefined && status.state !== 'unverified') {
        ctx.addIssue({
          code: 'custom',
          path: ['status', 'source'],
          message:
            'thiếu nguồn xác nhận hiệu lực: ghi mã (id) của một nguồn trong links, hoặc ghi state: unverified nếu chưa xác minh được.',
        });
      }
      const ids = new Set(entry.links.flatMap((link) => (link.id === undefined ? [] : [link.id])));
      if (status.source !== undefined && !ids.has(status.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['status', 'source'],
          message: `không có nguồn nào trong links mang mã "${status.source}". Hãy ghi đúng id của nguồn xác nhận hiệu lực.`,
        });
      }
    });
}
