import { describe, expect, it } from 'vitest';
import {
  findHighlights,
  highlightHref,
  highlightTerms,
  termsFromParams,
} from '../../../src/lib/search/highlight.ts';
import { HIGHLIGHT_PARAM } from '../../../src/lib/search/highlight-param.ts';

describe('highlightTerms', () => {
  it('từ của truy vấn và từ Pagefind đã đánh dấu, gập dấu, không trùng, không chữ cái lẻ', () => {
    expect(highlightTerms('doan ket a', ['Đoàn', 'kết,', 'doanh'])).toEqual(['doan', 'ket', 'doanh']);
  });

  it('giữ số có một chữ số', () => {
    expect(highlightTerms('5 k')).toEqual(['5']);
  });
});

describe('findHighlights', () => {
  it('đánh dấu cả từ, không phân biệt dấu và đ', () => {
    const text = 'Tinh thần Đoàn kết, doanh nghiệp đoàn kết.';
    const ranges = findHighlights(text, new Set(['doan', 'ket']));
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Đoàn', 'kết', 'đoàn', 'kết']);
  });

  it('không có từ nào thì không đánh dấu', () => {
    expect(findHighlights('hàng Việt', new Set())).toEqual([]);
  });
});

describe('highlightHref', () => {
  it('thêm từ cần đánh dấu, giữ đề mục', () => {
    expect(highlightHref('/van-ban/37-qd-tw/#ke-hoach', ['dang', 'vien'])).toBe(
      `/van-ban/37-qd-tw/?${HIGHLIGHT_PARAM}=dang+vien#ke-hoach`,
    );
  });

  it('không có từ, hoặc liên kết ra ngoài, thì giữ nguyên', () => {
    expect(highlightHref('/lich/', [])).toBe('/lich/');
    expect(highlightHref('https://example.com/', ['a1'])).toBe('https://example.com/');
    expect(highlightHref('//example.com/', ['a1'])).toBe('//example.com/');
  });

  it('đọc lại từ địa chỉ của trang được mở', () => {
    const href = highlightHref('/lich/', ['doan', 'ket']);
    expect(termsFromParams(new URL(href, 'https://x.invalid').searchParams)).toEqual(
      new Set(['doan', 'ket']),
    );
    expect(termsFromParams(new URLSearchParams('')).size).toBe(0);
  });
});
