import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS, planQuery, SYNONYM_WEIGHT } from '../../../src/lib/search/query-plan.ts';
import { dictionary } from './dictionary-fixture.ts';

describe('planQuery', () => {
  it('truy vấn như đã gõ đứng đầu, rồi các dạng đ, rồi các dạng đồng nghĩa', () => {
    const plan = planQuery('Doan ket MTTQ', dictionary);
    expect(plan.variants[0]).toEqual({ text: 'Doan ket MTTQ', weight: 1 });
    expect(plan.variants.map((v) => v.text)).toEqual([
      'Doan ket MTTQ',
      'đoan ket mttq',
      'doan ket mặt trận tổ quốc',
      'đoan ket mặt trận tổ quốc',
      'doan ket mặt trận tổ quốc việt nam',
      'đoan ket mặt trận tổ quốc việt nam',
    ]);
    expect(plan.variants.slice(2).every((v) => v.weight === SYNONYM_WEIGHT)).toBe(true);
  });

  it('dấu câu và chữ hoa không sinh thêm lượt tìm', () => {
    expect(planQuery('HÀNG-VIỆT', dictionary).variants).toEqual([{ text: 'HÀNG-VIỆT', weight: 1 }]);
  });

  it('số hiệu: trúng thẳng, không mở chữ viết tắt trong số hiệu', () => {
    const plan = planQuery('37 qd tw', dictionary);
    expect(plan.directHits).toEqual([
      { kind: 'document', href: '/van-ban/37-qd-tw/', document: dictionary.documents[3] },
    ]);
    expect(plan.variants.map((v) => v.text)).toEqual(['37 qd tw']);
  });

  it('chữ viết tắt: nghĩa của nó là kết quả trúng thẳng', () => {
    const [hit] = planQuery('MTTQ', dictionary).directHits;
    expect(hit).toMatchObject({ kind: 'glossary', href: '/thuat-ngu/#mttq' });
  });

  it.each(['', '   ', '?!…', '🙂🇻🇳'])('%j: không có gì để tìm', (query) => {
    expect(planQuery(query, dictionary)).toMatchObject({ searchable: false, variants: [], directHits: [] });
  });

  it('truy vấn quá dài bị cắt và được báo', () => {
    const plan = planQuery('đoàn kết '.repeat(300), dictionary);
    expect(plan.truncated).toBe(true);
    expect(plan.variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
  });

  it(`không quá ${MAX_VARIANTS} lượt tìm`, () => {
    const plan = planQuery('da db dc dd de df mttq tw ntm', dictionary);
    expect(plan.variants.length).toBe(MAX_VARIANTS);
  });
});
