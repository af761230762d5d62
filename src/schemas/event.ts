/** A dated occasion the plan asks to celebrate or organise (`content/events/<slug>.yaml`). */
import { z } from 'astro/zod';
import { changeRefs, isoDate, provenance, text, type SchemaContext } from './common.ts';

/** The schema of an `events` entry. */
export function eventSchema(context: SchemaContext) {
  const { reference } = context;
  return z.strictObject({
    name: text('Tên dịp kỷ niệm, sự kiện.'),
    date: isoDate.describe('Ngày diễn ra trong năm của kế hoạch, YYYY-MM-DD.'),
    since: z
      .int()
      .min(1800)
      .optional()
      .describe('Năm của sự kiện gốc, để tính số năm kỷ niệm (ví dụ 1930 cho ngày thành lập Đảng).'),
    description: text('Vài câu về ý nghĩa của dịp này và điều kế hoạch yêu cầu.'),
    themes: z.array(reference('themes')).default([]).describe('Chủ đề liên quan.'),
    campaigns: z.array(reference('campaigns')).default([]).describe('Cuộc vận động, ngày hội liên quan.'),
    changes: changeRefs(context),
    ...provenance(context),
  });
}
