import { describe, expect, it } from 'vitest';
import {
  foldDiacritics,
  normalizeText,
  slugify,
  symbolToSlug,
} from '../../../../src/lib/format/vietnamese.ts';

describe('foldDiacritics', () => {
  it.each([
    ['Đoàn kết', 'Doan ket'],
    ['đô thị văn minh', 'do thi van minh'],
    ['Người Việt Nam ưu tiên dùng hàng Việt Nam', 'Nguoi Viet Nam uu tien dung hang Viet Nam'],
    ['khoẻ, khỏe', 'khoe, khoe'],
  ])('%s → %s', (input, expected) => expect(foldDiacritics(input)).toBe(expected));

  it('gập cả chữ ở dạng tách dấu (NFD)', () => {
    expect(foldDiacritics('tuyên truyền'.normalize('NFD'))).toBe('tuyen truyen');
  });
});

describe('normalizeText', () => {
  it('chuẩn hoá NFC và gộp mọi khoảng trắng, kể cả NBSP', () => {
    expect(normalizeText(' tích cực\u00a0nghiên  cứu\t')).toBe('tích cực nghiên cứu');
    expect(normalizeText('truyền'.normalize('NFD'))).toBe('truyền'.normalize('NFC'));
  });
});

describe('slugify và symbolToSlug', () => {
  it.each([
    ['01-KL/TW', '01-kl-tw'],
    ['06/NQ-ĐCT', '06-nq-dct'],
    ['37-QĐ/TW', '37-qd-tw'],
    ['217-QĐ/TW', '217-qd-tw'],
  ])('số hiệu %s → %s', (symbol, slug) => expect(symbolToSlug(symbol)).toBe(slug));

  it('bỏ ký tự thừa ở hai đầu', () => {
    expect(slugify('  Thông điệp chính!  ')).toBe('thong-diep-chinh');
    expect(slugify('b/c')).toBe('b-c');
  });
});
