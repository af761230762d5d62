/** A publicly reported model of good practice (`content/examples/<slug>.mdx`). */
import { z } from 'astro/zod';
import {
  changeRefs,
  optionalText,
  partialDate,
  provenance,
  publicLink,
  text,
  type SchemaContext,
} from './common.ts';

/** The schema of an `examples` entry. */
export function exampleSchema(context: SchemaContext) {
  const { reference } = context;
  return z
    .strictObject({
      title: text('Tên mô hình, điển hình, ngắn gọn.'),
      place: text('Nơi thực hiện, như nguồn ghi (ví dụ "xã Thủy Sơn, huyện Thủy Nguyên, Hải Phòng").'),
      placeNote: optionalText(
        'Ghi chú về địa danh khi tên đã đổi sau sắp xếp đơn vị hành chính, ví dụ "tên gọi năm 2022; từ 1/7/2025 thuộc …" (chỉ ghi phần sau khi có nguồn).',
      ),
      province: text('Tỉnh, thành phố (hoặc "Toàn quốc"), dùng để nhóm theo địa phương.'),
      year: z.int().min(1945).max(2100).describe('Năm diễn ra, như nguồn ghi.'),
      asOf: partialDate.optional().describe('Số liệu tính đến ngày nào, nếu nguồn ghi (YYYY-MM-DD).'),
      summary: text('Việc đã làm, đúng như nguồn đưa tin; không thêm tên người, số liệu hay lời trích.'),
      result: optionalText('Kết quả như nguồn đưa tin, kèm mốc thời gian.'),
      campaigns: z
        .array(reference('campaigns'))
        .default([])
        .describe('Cuộc vận động, phong trào mà mô hình này minh họa.'),
      themes: z.array(reference('themes')).default([]).describe('Chủ đề mà mô hình này minh họa.'),
      source: publicLink.describe(
        'Bài báo, trang tin công khai đưa tin về chính mô hình này (bắt buộc), kèm mã (id) và đoạn trích (excerpt).',
      ),
      changes: changeRefs(context),
      ...provenance(context),
    })
    .refine((entry) => entry.campaigns.length + entry.themes.length > 0, {
      path: ['campaigns'],
      error: 'cần gắn mô hình với ít nhất một cuộc vận động (campaigns) hoặc một chủ đề (themes).',
    });
}
