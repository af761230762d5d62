/** A Party, State or Front document a plan cites (`content/documents/<slug>.mdx`). */
import { z } from 'astro/zod';
import { isoDate, planQuote, provenance, text, type SchemaContext, optionalText } from './common.ts';

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

/** The schema of a `documents` entry. */
export function documentSchema(context: SchemaContext) {
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
      planQuotes: z
        .array(planQuote)
        .min(1)
        .describe('Các câu của kế hoạch trích dẫn văn bản này, nguyên văn, kèm mã đoạn.'),
      ...provenance(context),
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
    });
}
