/** A body named in section III of a plan (`content/organizations/<slug>.mdx`). */
import { z } from 'astro/zod';
import { paragraphId, provenance, text, type SchemaContext, optionalText } from './common.ts';

/** Levels of body: the Front's city and district standing committees, member organisations, partners. */
export const ORGANIZATION_LEVELS = [
  'thanh-pho',
  'huyen-quan',
  'to-chuc-thanh-vien',
  'co-quan-phoi-hop',
] as const;

/** The schema of an `organizations` entry. */
export function organizationSchema(context: SchemaContext) {
  const { reference } = context;
  return z.strictObject({
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
    ...provenance(context),
  });
}
