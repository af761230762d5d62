/**
 * An annual plan (`content/plans/<year>.yaml`): its full text, verbatim, in its own
 * structure. Usually written by `npm run import-plan`, not by hand.
 */
import { z } from 'astro/zod';
import { paragraphId as makeParagraphId, romanNumeral } from '../lib/format/paragraph-id.ts';
import { paragraphId, text } from './common.ts';

const planParagraph = z.strictObject({
  id: paragraphId.describe('Mã đoạn, theo số thứ tự của kế hoạch: mục.tiểu mục.đoạn (ví dụ II.1.4).'),
  bullet: z
    .boolean()
    .default(true)
    .describe('true nếu đoạn là một gạch đầu dòng "- " trong bản gốc; false nếu là đoạn văn thường.'),
  text: text('Nguyên văn đoạn, không có dấu "- " ở đầu.'),
});

const planItem = z.strictObject({
  number: z.int().min(1).describe('Số thứ tự của tiểu mục (1, 2, 3…).'),
  title: text('Tiêu đề tiểu mục, nguyên văn (không kèm số thứ tự).'),
  paragraphs: z.array(planParagraph).min(1).describe('Các đoạn của tiểu mục, theo thứ tự.'),
});

const planSection = z.strictObject({
  number: z
    .string()
    .regex(/^[IVX]+$/, { error: 'cần số La Mã như I, II, III.' })
    .describe('Số La Mã của mục (I, II, III…).'),
  title: text('Tiêu đề mục, nguyên văn (thường viết hoa).'),
  items: z.array(planItem).min(1).describe('Các tiểu mục 1, 2, 3… của mục.'),
});

/** The schema of a `plans` entry. */
export const planSchema = z
  .strictObject({
    year: z
      .int()
      .min(2000)
      .max(2100)
      .describe('Năm của kế hoạch (ví dụ 2022); cũng là địa chỉ trang /ke-hoach/<năm>/.'),
    header: z
      .array(z.string())
      .default([])
      .describe(
        'Các dòng phía trên tên văn bản (tên cơ quan, số hiệu, nơi và ngày ban hành), nguyên văn, nếu có.',
      ),
    docType: text('Tên loại văn bản như bản gốc ghi, ví dụ "KẾ HOẠCH".'),
    title: text('Trích yếu của kế hoạch, nguyên văn, ví dụ "Tuyên truyền, vận động, … năm 2022".'),
    issuer: text('Cơ quan ban hành kế hoạch, ghi đầy đủ.'),
    preamble: text('Đoạn mở đầu "Căn cứ…", nguyên văn; mã đoạn của nó là preamble.'),
    sections: z.array(planSection).min(1).describe('Các mục I, II, III… của kế hoạch.'),
    closing: z
      .strictObject({
        recipientsLabel: text('Nhãn của khối nơi nhận, nguyên văn: "Nơi nhận:".'),
        recipients: z
          .array(text('Một dòng nơi nhận, nguyên văn, không có dấu "- " ở đầu.'))
          .describe('Các dòng nơi nhận.'),
        signature: text('Khối ký, nguyên văn, ví dụ "TM. BAN THƯỜNG TRỰC".'),
      })
      .describe('Khối cuối văn bản: nơi nhận và khối ký.'),
  })
  .superRefine((plan, ctx) => {
    plan.sections.forEach((section, s) => {
      const expectedNumeral = romanNumeral(s + 1);
      if (section.number !== expectedNumeral) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'number'],
          message: `mục thứ ${s + 1} phải đánh số ${expectedNumeral}, nhưng gặp "${section.number}".`,
        });
      }
      section.items.forEach((item, i) => {
        if (item.number !== i + 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'items', i, 'number'],
            message: `tiểu mục thứ ${i + 1} của mục ${section.number} phải đánh số ${i + 1}, nhưng gặp ${item.number}.`,
          });
        }
        item.paragraphs.forEach((paragraph, p) => {
          const expected = makeParagraphId(section.number, item.number, p + 1);
          if (paragraph.id !== expected) {
            ctx.addIssue({
              code: 'custom',
              path: ['sections', s, 'items', i, 'paragraphs', p, 'id'],
              message: `đoạn này phải có mã ${expected} (theo vị trí của nó), nhưng gặp "${paragraph.id}".`,
            });
          }
        });
      });
    });
  });

/** A plan, as validated. */
export type Plan = z.infer<typeof planSchema>;
