/**
 * A stand-alone page (`content/pages/<slug>.mdx`, served at `/<slug>/`): an explainer for
 * citizens such as "Mặt trận Tổ quốc Việt Nam là gì?". It needs no plan provenance; one
 * that quotes the plan names the plan and the paragraphs it rests on.
 */
import { z } from 'astro/zod';
import { changeRefs, links, optionalText, paragraphId, text, updated, type SchemaContext } from './common.ts';

/** The schema of a `pages` entry. */
export function pageSchema(context: SchemaContext) {
  const { reference } = context;
  return z
    .strictObject({
      title: text('Tiêu đề của trang, ví dụ "Mặt trận Tổ quốc Việt Nam là gì?".'),
      summary: text('Tóm tắt một đoạn bằng lời thường, đọc riêng vẫn hiểu (có thể dùng lại trên trang chủ).'),
      description: optionalText('Mô tả ngắn cho công cụ tìm kiếm và khi chia sẻ, nếu khác tóm tắt.'),
      plan: reference('plans')
        .optional()
        .describe('Năm của kế hoạch mà trang trích dẫn, nếu có (cần khi có sources), ví dụ 2022.'),
      sources: z
        .array(paragraphId)
        .default([])
        .describe('Các đoạn của kế hoạch mà trang dựa vào hoặc trích dẫn, nếu có (ví dụ III.2.1).'),
      changes: changeRefs(context),
      links,
      updated,
    })
    .superRefine((entry, ctx) => {
      if (entry.sources.length > 0 && entry.plan === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan'],
          message: 'trang có sources thì cần năm của kế hoạch các đoạn đó thuộc về, ví dụ plan: 2022.',
        });
      }
    });
}
