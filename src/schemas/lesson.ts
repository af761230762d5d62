/** A ready training lesson built on one or more themes (`content/lessons/<slug>.mdx`). */
import { z } from 'astro/zod';
import { provenance, text, textList, type SchemaContext } from './common.ts';

/** A path inside the site, with an optional anchor: `/chu-de/doan-ket-toan-dan/#thong-diep`. */
const sitePath = z.string().regex(/^\/[a-z0-9\-/]*(?:#[A-Za-z0-9\-_]+)?$/, {
  error:
    'cần đường dẫn trong sổ tay, bắt đầu bằng "/". Hãy viết như /chu-de/doan-ket-toan-dan/ hoặc /ke-hoach/2022/#II-1-4.',
});

const quizQuestion = z
  .strictObject({
    question: text('Câu hỏi.'),
    options: z
      .array(
        z.strictObject({
          text: text('Một phương án trả lời.'),
          correct: z.boolean().default(false).describe('true cho phương án đúng (đúng một phương án).'),
        }),
      )
      .min(2, { error: 'cần ít nhất 2 phương án.' })
      .describe('Các phương án trả lời.'),
    explanation: text('Giải thích vì sao phương án đúng là đúng.'),
    see: sitePath.describe('Nơi trong sổ tay có nội dung trả lời (đường dẫn, có thể kèm #neo).'),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `cần đúng một phương án đúng (correct: true), nhưng có ${correct}. Ghi correct: true ở đúng một phương án, bỏ ở các phương án còn lại.`,
      });
    }
  });

/** The schema of a `lessons` entry. */
export function lessonSchema(context: SchemaContext) {
  const { reference } = context;
  return z.strictObject({
    title: text('Tên bài giảng.'),
    themes: z.array(reference('themes')).min(1).describe('Các chủ đề mà bài giảng dựa vào.'),
    duration: z.int().min(30).max(180).describe('Thời lượng, tính bằng phút (bài chuẩn 45–90 phút).'),
    audience: text('Đối tượng học viên (ví dụ "cán bộ Mặt trận cấp xã, phường").'),
    summary: text('Giới thiệu ngắn bài giảng (1–2 câu).'),
    objectives: textList('Mục tiêu: sau buổi học, học viên nắm được / làm được gì.'),
    outline: z
      .array(
        z.strictObject({
          title: text('Tiêu đề phần, trùng với một tiêu đề ## trong bài, theo đúng thứ tự.'),
          minutes: z.int().min(1).describe('Số phút dành cho phần này.'),
          keyPoints: textList('Ý chính cần nhấn mạnh (hiện trên trang chiếu).'),
        }),
      )
      .min(2)
      .describe('Dàn ý theo từng phần ## của bài; mỗi phần là một trang chiếu.'),
    discussion: textList('Câu hỏi thảo luận.'),
    quiz: z
      .array(quizQuestion)
      .min(5, { error: 'cần ít nhất 5 câu hỏi tự kiểm tra.' })
      .describe('Câu hỏi tự kiểm tra.'),
    trainerNotes: textList('Ghi chú cho báo cáo viên: chuẩn bị, cách dẫn dắt, lưu ý.'),
    ...provenance(context),
  });
}
