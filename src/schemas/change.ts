/**
 * A change since the plan that alters how it reads today (`content/changes/<key>.yaml`):
 * what changed, when, and the public pages that say so. Entries whose subject changed
 * list its key in their `changes` field.
 */
import { z } from 'astro/zod';
import { links, partialDate, text, updated } from './common.ts';

/** The schema of a `changes` entry. */
export const changeSchema = z
  .strictObject({
    title: text('Tiêu đề ngắn của thay đổi, ví dụ "Bỏ cấp huyện, chính quyền địa phương hai cấp".'),
    date: partialDate.describe(
      'Ngày thay đổi có hiệu lực hoặc diễn ra: YYYY-MM-DD, hoặc YYYY-MM, YYYY nếu nguồn chỉ ghi tháng, năm.',
    ),
    summary: text(
      'Lời của sổ tay, 1–4 câu: điều gì đã thay đổi và điều đó có nghĩa gì khi đọc kế hoạch năm 2022.',
    ),
    readingNote: text('Một câu: nên đọc kế hoạch năm 2022 thế nào trước thay đổi này.'),
    links: links
      .refine((list) => list.length > 0, {
        error: 'cần ít nhất một nguồn công khai (trang cụ thể) nói về thay đổi này.',
      })
      .describe(
        'Các trang nguồn cụ thể nói về thay đổi (không phải trang chủ, trang chuyên mục), mỗi nguồn kèm mã (id) và đoạn trích (excerpt); trang liệt kê chúng thành nguồn đánh số.',
      ),
    updated,
  })
  .superRefine((entry, ctx) => {
    entry.links.forEach((link, index) => {
      if (link.id === undefined || link.excerpt === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index, link.id === undefined ? 'id' : 'excerpt'],
          message:
            'mỗi nguồn của một thay đổi cần mã (id) và đoạn trích nguyên văn (excerpt) để người đọc đối chiếu.',
        });
      }
    });
  });

/** A change as the site reads it. */
export type Change = z.infer<typeof changeSchema>;
