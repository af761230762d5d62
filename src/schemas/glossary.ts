/** An abbreviation or term of the plan (`content/glossary/<slug>.yaml`). */
import { z } from 'astro/zod';
import { changeRefs, paragraphId, text, type SchemaContext, optionalText } from './common.ts';

/** The schema of a `glossary` entry. */
export function glossarySchema(context: SchemaContext) {
  const { reference } = context;
  return z.strictObject({
    term: text('Chữ viết tắt hoặc thuật ngữ, đúng như trong văn bản (ví dụ "MTTQVN", "5K").'),
    kind: z.enum(['viet-tat', 'thuat-ngu']).describe('viet-tat cho chữ viết tắt, thuat-ngu cho thuật ngữ.'),
    expansion: optionalText('Dạng đầy đủ của chữ viết tắt (ví dụ "Mặt trận Tổ quốc Việt Nam").'),
    explanation: text('Giải thích bằng lời thường, 1–3 câu.'),
    aliases: z
      .array(text('Một cách viết khác.'))
      .default([])
      .describe('Cách viết khác cùng nghĩa (ví dụ "MTTQ Việt Nam"); tìm kiếm dùng để mở rộng truy vấn.'),
    markInText: z
      .boolean()
      .default(true)
      .describe(
        'true để tự động đánh dấu <abbr> lần xuất hiện đầu tiên trong bài; false nếu từ quá phổ biến.',
      ),
    plan: reference('plans')
      .optional()
      .describe('Năm của kế hoạch có dùng từ này (cần khi có sources), ví dụ 2022.'),
    sources: z.array(paragraphId).default([]).describe('Các đoạn của kế hoạch có dùng từ này (nếu có).'),
    campaigns: z.array(reference('campaigns')).default([]).describe('Cuộc vận động liên quan, nếu có.'),
    documents: z.array(reference('documents')).default([]).describe('Văn bản liên quan, nếu có.'),
    organizations: z.array(reference('organizations')).default([]).describe('Đơn vị liên quan, nếu có.'),
    changes: changeRefs(context),
  });
}
