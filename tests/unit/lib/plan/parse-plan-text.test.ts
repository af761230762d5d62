import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, PlanParseError } from '../../../../src/lib/plan/parse-plan-text.ts';
import { planToYaml } from '../../../../src/lib/plan/plan-yaml.ts';
import { planParagraphs } from '../../../../src/lib/plan/plan-paragraphs.ts';
import { planSchema } from '../../../../src/schemas/plan.ts';

const seed = readFileSync('sources/seed/ke-hoach-2022.txt', 'utf8');
const ISSUER = 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng';

describe('đọc kế hoạch 2022 từ bản gốc', () => {
  const plan = parsePlanText(seed);

  it('nhận ra năm, tên loại văn bản, trích yếu', () => {
    expect(plan.year).toBe(2022);
    expect(plan.docType).toBe('KẾ HOẠCH');
    expect(plan.title).toBe('Tuyên truyền, vận động, xây dựng khối đại đoàn kết toàn dân năm 2022');
  });

  it('có đủ 31 đoạn, đúng cấu trúc I–III', () => {
    const ids = planParagraphs(plan).map((p) => p.id);
    expect(ids).toHaveLength(31);
    expect(ids.slice(0, 4)).toEqual(['preamble', 'I.1.1', 'I.1.2', 'I.2.1']);
    expect(ids.at(-1)).toBe('III.3.1');
    expect(plan.sections.map((s) => [s.number, s.items.length])).toEqual([
      ['I', 2],
      ['II', 5],
      ['III', 3],
    ]);
  });

  it('giữ khối nơi nhận và khối ký', () => {
    expect(plan.closing.recipientsLabel).toBe('Nơi nhận:');
    expect(plan.closing.recipients).toHaveLength(9);
    expect(plan.closing.recipients[0]).toBe('Ban TT UBTWMTTQVN (để b/c);');
    expect(plan.closing.signature).toBe('TM. BAN THƯỜNG TRỰC');
  });

  it('lưu văn bản ở dạng NFC, khoảng trắng chuẩn', () => {
    for (const { text } of planParagraphs(plan)) {
      expect(text.normalize('NFC')).toBe(text);
      expect(text).not.toMatch(/\u00a0| {2}|^\s|\s$/);
    }
  });

  it('hợp lệ theo lược đồ và tạo lại đúng tệp content/plans/2022.yaml', () => {
    const entry = planSchema.parse({ ...plan, issuer: ISSUER });
    expect(planToYaml(entry)).toBe(readFileSync('content/plans/2022.yaml', 'utf8'));
  });
});

describe('văn bản không đặt được chỗ', () => {
  const base = [
    'KẾ HOẠCH',
    'Tuyên truyền năm 2023',
    'Căn cứ chương trình năm 2023:',
    'I. MỤC ĐÍCH',
    '1. Mục đích',
  ];

  it.each([
    [
      [...base, '- Đoạn một.', 'Một dòng văn thường lạc giữa các gạch đầu dòng.'],
      /dòng 7: đoạn văn thường đứng sau gạch đầu dòng/,
    ],
    [
      [...base.slice(0, 4), 'Đoạn trước tiểu mục 1.'],
      /dòng 5: đoạn này nằm trong mục I nhưng trước tiểu mục 1/,
    ],
    [[...base, '- Đoạn.', '3. Tiểu mục nhảy số'], /dòng 7: tiểu mục này phải mang số 2/],
    [[...base, '- Đoạn.', 'Nơi nhận:', 'Một dòng lạ'], /dòng 8: sau "Nơi nhận:"/],
    [['KẾ HOẠCH', 'Tuyên truyền', 'Căn cứ…', 'I. MỤC ĐÍCH', '1. Mục đích', '- Đoạn.'], /không đọc được năm/],
  ])('báo đúng dòng: %#', (lines, message) => {
    expect(() => parsePlanText(lines.join('\n'))).toThrow(PlanParseError);
    expect(() => parsePlanText(lines.join('\n'))).toThrow(message);
  });

  it('năm cho sẵn thay cho năm trong trích yếu', () => {
    const lines = [
      'KẾ HOẠCH',
      'Tuyên truyền',
      'Căn cứ chương trình:',
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      '- Đoạn.',
    ];
    expect(parsePlanText(lines.join('\n'), { year: 2023 }).year).toBe(2023);
  });
});
