/** A body named in section III of a plan (`content/organizations/<slug>.mdx`). */
import { z } from 'astro/zod';
import {
  changeRefs,
  isoDate,
  LINK_ID_PATTERN,
  optionalText,
  paragraphId,
  provenance,
  text,
  type SchemaContext,
} from './common.ts';

/** Levels of body: the Front's city and district standing committees, member organisations, partners. */
export const ORGANIZATION_LEVELS = [
  'thanh-pho',
  'huyen-quan',
  'to-chuc-thanh-vien',
  'co-quan-phoi-hop',
] as const;

/** What became of a body since the plan: still active, abolished, renamed or restructured. */
export const ORGANIZATION_STATES = ['active', 'abolished', 'renamed', 'restructured'] as const;

/** The schema of an `organizations` entry. */
export function organizationSchema(context: SchemaContext) {
  const { reference } = context;
  return z
    .strictObject({
      name: text('Tên đầy đủ của cơ quan, đơn vị.'),
      shortName: optionalText('Tên ngắn hoặc viết tắt thường dùng.'),
      level: z
        .enum(ORGANIZATION_LEVELS)
        .describe(
          'Cấp: thanh-pho (Ban Thường trực thành phố), huyen-quan (Ban Thường trực huyện, quận), to-chuc-thanh-vien (các tổ chức thành viên), co-quan-phoi-hop (cơ quan phối hợp).',
        ),
      order: z.int().min(1).describe('Thứ tự hiển thị trong bảng trách nhiệm.'),
      summary: text('Giới thiệu ngắn về cơ quan, đơn vị và vai trò trong kế hoạch.'),
      responsibilities: z
        .array(
          z.strictObject({
            task: text('Một trách nhiệm, diễn đạt ngắn gọn, bám sát lời kế hoạch.'),
            paragraph: paragraphId.describe('Mã đoạn của kế hoạch giao trách nhiệm này.'),
          }),
        )
        .min(1)
        .describe('Trách nhiệm của đơn vị theo kế hoạch, mỗi trách nhiệm kèm mã đoạn.'),
      partners: z
        .array(reference('organizations'))
        .default([])
        .describe('Các đơn vị mà đơn vị này phối hợp, theo kế hoạch.'),
      contact: z
        .array(
          z.strictObject({
            label: text(
              'Tên kênh cho người đọc, ví dụ "Cổng thông tin Ủy ban MTTQ Việt Nam thành phố Hải Phòng".',
            ),
            url: z
              .url({ error: 'cần địa chỉ web đầy đủ (https://…) của kênh liên hệ.' })
              .describe('Địa chỉ của cổng thông tin hoặc kênh chính thức đã kiểm tra của đơn vị.'),
          }),
        )
        .default([])
        .describe('Cách liên hệ: cổng thông tin hoặc kênh chính thức đã kiểm tra của đơn vị.'),
      status: z
        .strictObject({
          state: z
            .enum(ORGANIZATION_STATES)
            .describe(
              'Hiện nay: active (vẫn hoạt động), abolished (đã bỏ), renamed (đã đổi tên), restructured (đã sắp xếp lại).',
            ),
          note: optionalText('Một câu, lời của sổ tay: điều gì đã thay đổi, từ khi nào.'),
          checked: isoDate.describe('Ngày kiểm tra, dạng YYYY-MM-DD.'),
          source: z
            .string()
            .regex(LINK_ID_PATTERN, { error: 'cần mã (id) của một nguồn trong links.' })
            .describe('Mã (id) của nguồn trong links xác nhận tình trạng này.'),
        })
        .optional()
        .describe('Tình trạng hiện nay của đơn vị (sau các thay đổi năm 2025), ngày kiểm tra và nguồn.'),
      changes: changeRefs(context),
      ...provenance(context),
    })
    .superRefine((entry, ctx) => {
      const source = entry.status?.source;
      if (source !== undefined && !entry.links.some((link) => link.id === source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['status', 'source'],
          message: `không có nguồn nào trong links mang mã "${source}". Hãy ghi đúng id của nguồn xác nhận tình trạng.`,
        });
      }
    });
}
