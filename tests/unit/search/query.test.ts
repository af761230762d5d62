import { describe, expect, it } from 'vitest';
import {
  foldWord,
  hasMarks,
  hasSearchableText,
  isTooLong,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  queryWords,
} from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('chuẩn hoá NFC: chữ tách dấu thành chữ dựng sẵn', () => {
    const decomposed = 'đoàn kết'.normalize('NFD');
    expect(decomposed).not.toBe('đoàn kết');
    expect(normalizeQuery(decomposed)).toBe('đoàn kết');
  });

  it('bỏ ký tự điều khiển, ký tự vô hình và khoảng trắng thừa', () => {
    expect(normalizeQuery('  hàng\u0000\u200bviệt\t\n nam ')).toBe('hàng việt nam');
  });

  it(`cắt ở ${MAX_QUERY_LENGTH} ký tự, tại ranh giới từ`, () => {
    const query = normalizeQuery('hàng việt '.repeat(50));
    expect(Array.from(query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.endsWith('hàng') || query.endsWith('việt')).toBe(true);
  });

  it('không cắt đôi một emoji', () => {
    const query = normalizeQuery('🙂'.repeat(300));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query).toBe('🙂'.repeat(MAX_QUERY_LENGTH));
  });

  it('isTooLong chỉ đúng khi phải cắt', () => {
    expect(isTooLong('a'.repeat(MAX_QUERY_LENGTH))).toBe(false);
    expect(isTooLong('a'.repeat(MAX_QUERY_LENGTH + 1))).toBe(true);
    expect(isTooLong(`${'a'.repeat(MAX_QUERY_LENGTH)}\u0000  `)).toBe(false);
  });
});

describe('hasSearchableText', () => {
  it.each([
    ['hang viet', true],
    ['01', true],
    ['', false],
    ['?!.,;:…—', false],
    ['🙂🇻🇳', false],
    ['<>', false],
  ])('%j → %s', (query, expected) => expect(hasSearchableText(query)).toBe(expected));
});

describe('queryWords, foldWord, hasMarks', () => {
  it('tách từ, bỏ dấu câu và emoji, viết thường', () => {
    expect(queryWords('01-KL/TW, “Hàng Việt” 🙂')).toEqual(['01', 'kl', 'tw', 'hàng', 'việt']);
  });

  it('giữ dấu thanh khi tách từ dạng tách dấu', () => {
    expect(queryWords('kết'.normalize('NFD'))).toEqual(['kết']);
  });

  it.each([
    ['Đoàn', 'doan', true],
    ['việt', 'viet', true],
    ['hang', 'hang', false],
    ['MTTQ', 'mttq', false],
  ])('%s → %s (có dấu: %s)', (word, folded, marked) => {
    expect(foldWord(word)).toBe(folded);
    expect(hasMarks(word)).toBe(marked);
  });
});
