import { describe, expect, it } from 'vitest';
import { dVariants, MAX_D_VARIANTS } from '../../../src/lib/search/d-variants.ts';

const texts = (words: string[], limit?: number) => dVariants(words, limit).map((list) => list.join(' '));

describe('dVariants: gõ d thay cho đ', () => {
  it('không có từ bắt đầu bằng d thì chỉ có chính truy vấn', () => {
    expect(texts(['hang', 'viet'])).toEqual(['hang viet']);
  });

  it('mỗi từ bắt đầu bằng d có thêm dạng đ, dạng như gõ đứng đầu', () => {
    expect(texts(['doan', 'ket'])).toEqual(['doan ket', 'đoan ket']);
    expect(texts(['dang', 'vien', 'khong', 'duoc', 'lam'])).toEqual([
      'dang vien khong duoc lam',
      'đang vien khong duoc lam',
      'dang vien khong đuoc lam',
      'đang vien khong đuoc lam',
    ]);
  });

  it('một từ gõ nhiều lần đổi cùng một cách', () => {
    expect(texts(['dan', 'biet', 'dan', 'ban', 'dan', 'lam'])).toEqual([
      'dan biet dan ban dan lam',
      'đan biet đan ban đan lam',
    ]);
  });

  it('từ đã có đ thì giữ nguyên', () => {
    expect(texts(['đoàn', 'kết'])).toEqual(['đoàn kết']);
  });

  it(`nhiều từ d: không quá ${MAX_D_VARIANTS} dạng, luôn có dạng như gõ và dạng đổi hết`, () => {
    const words = ['da', 'db', 'dc', 'dd', 'de', 'df', 'dg'];
    const variants = texts(words);
    expect(variants).toHaveLength(MAX_D_VARIANTS);
    expect(variants[0]).toBe(words.join(' '));
    expect(variants).toContain('đa đb đc đd đe đf đg');
    expect(new Set(variants).size).toBe(variants.length);
  });
});
