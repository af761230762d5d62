/** A propaganda theme: one item of section II of a plan (`content/themes/<slug>.mdx`). */
import { z } from 'astro/zod';
import { describeValue } from './messages.ts';
import { changeRefs, provenance, text, textList, type SchemaContext } from './common.ts';

/** The schema of a `themes` entry. */
export function themeSchema(context: SchemaContext) {
  const { reference } = context;
  return z.strictObject({
    title: text('Tiêu đề của chủ đề, nguyên văn như tiểu mục trong mục II của kế hoạch.'),
    shortTitle: text('Tên ngắn để hiện trong trình đơn và thẻ, ví dụ "Đoàn kết toàn dân".'),
    order: z
      .int({
        error: (issue) =>
          `cần số thứ tự của tiểu mục trong mục II (1 đến 5), viết bằng chữ số, nhưng gặp ${describeValue(issue.input)}.`,
      })
      .min(1)
      .describe('Số thứ tự của tiểu mục trong mục II của kế hoạch (1 là II.1).'),
    summary: text('Tóm tắt bằng lời thường, để người dân đọc là hiểu (2–4 câu).'),
    keyMessages: textList('Thông điệp chính cán bộ cần truyền đạt, mỗi dòng một thông điệp.'),
    audiences: textList(
      'Đối tượng mà chủ đề hướng tới (ví dụ "đoàn viên, hội viên các tổ chức thành viên").',
    ),
    levelTasks: z
      .array(
        z.strictObject({
          organization: reference('organizations').describe(
            'Cấp hoặc đơn vị (mã trong content/organizations/).',
          ),
          tasks: textList('Việc cấp này cần làm cho chủ đề, mỗi dòng một việc.'),
        }),
      )
      .min(1)
      .describe('Việc từng cấp phải làm cho chủ đề này.'),
    documents: z
      .array(reference('documents'))
      .default([])
      .describe('Các văn bản mà tiểu mục này của kế hoạch trích dẫn (mã trong content/documents/).'),
    campaigns: z
      .array(reference('campaigns'))
      .default([])
      .describe('Các cuộc vận động, phong trào mà tiểu mục này cổ vũ (mã trong content/campaigns/).'),
    changes: changeRefs(context),
    ...provenance(context),
  });
}
