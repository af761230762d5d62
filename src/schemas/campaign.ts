/** A campaign, emulation movement, press award, festival day or message (`content/campaigns/<slug>.mdx`). */
import { z } from 'astro/zod';
import {
  changeRefs,
  partialDate,
  planQuote,
  provenance,
  text,
  textList,
  type SchemaContext,
  optionalText,
} from './common.ts';

/** The kinds of campaign the plan promotes. */
export const CAMPAIGN_KINDS = [
  'Cuộc vận động',
  'Phong trào thi đua',
  'Giải báo chí',
  'Ngày hội',
  'Thông điệp',
] as const;

/** The schema of a `campaigns` entry. */
export function campaignSchema(context: SchemaContext) {
  const { reference } = context;
  return z.strictObject({
    kind: z
      .enum(CAMPAIGN_KINDS)
      .describe('Loại: Cuộc vận động, Phong trào thi đua, Giải báo chí, Ngày hội, Thông điệp.'),
    name: text('Tên chính thức, như nguồn công khai ghi.'),
    planWording: optionalText('Cách kế hoạch gọi tên, nguyên văn, khi khác tên chính thức.'),
    launched: partialDate
      .optional()
      .describe(
        'Ngày phát động (YYYY-MM-DD, hoặc YYYY-MM, YYYY nếu nguồn chỉ ghi tháng, năm); chỉ ghi khi đã xác minh.',
      ),
    launchedBy: optionalText('Cơ quan phát động, tổ chức; chỉ ghi khi đã xác minh.'),
    facts: z
      .array(
        z.strictObject({
          label: text('Nhãn của dữ kiện, ví dụ "Cơ sở".'),
          value: text('Dữ kiện đã xác minh, như nguồn ghi.'),
        }),
      )
      .default([])
      .describe('Các dữ kiện khác đã xác minh (cơ sở, văn bản hướng dẫn, đơn vị tổ chức…).'),
    unverified: z
      .array(text('Tên dữ kiện chưa xác minh.'))
      .default([])
      .describe(
        'Những dữ kiện người đọc có thể chờ đợi nhưng chưa xác minh được; trang ghi "chưa xác minh".',
      ),
    summary: text('Giới thiệu ngắn: đây là gì (1–3 câu).'),
    goals: textList('Mục tiêu, mỗi dòng một mục tiêu.'),
    howToTakePart: textList(
      '"Tham gia thế nào?": việc cụ thể người dân có thể làm, rút từ điều kế hoạch yêu cầu.',
    ),
    themes: z.array(reference('themes')).min(1).describe('Các chủ đề cổ vũ cuộc vận động này.'),
    documents: z.array(reference('documents')).default([]).describe('Văn bản liên quan có trong sổ tay.'),
    planQuotes: z
      .array(planQuote)
      .min(1)
      .describe('Các câu của kế hoạch nhắc đến cuộc vận động này, nguyên văn.'),
    changes: changeRefs(context),
    ...provenance(context),
  });
}
