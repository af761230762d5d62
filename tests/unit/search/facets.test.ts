import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  hasFilters,
  matchesFilters,
  orderFacetValues,
  type FacetValues,
} from '../../../src/lib/search/facets.ts';

const pages = new Map<string, FacetValues>([
  ['theme', { type: ['chủ đề'], year: ['2022'] }],
  ['doc01', { type: ['văn bản'], year: ['2021'], issuer: ['Bộ Chính trị'] }],
  ['doc217', { type: ['văn bản'], year: ['2013'], issuer: ['Bộ Chính trị'] }],
  ['doc37', { type: ['văn bản'], year: ['2021'], issuer: ['Ban Chấp hành Trung ương Đảng'] }],
  ['example', { type: ['điển hình'], year: ['2022'], place: ['Hải Phòng'] }],
]);
const ids = [...pages.keys()];

describe('matchesFilters', () => {
  it('trong một bộ lọc: giá trị nào cũng được; giữa các bộ lọc: phải thoả tất cả', () => {
    const selected = { type: ['văn bản', 'chủ đề'], year: ['2021'] };
    expect(ids.filter((id) => matchesFilters(pages.get(id), selected))).toEqual(['doc01', 'doc37']);
  });

  it('không chọn gì thì mọi trang đều qua; trang không rõ giá trị thì không qua bộ lọc', () => {
    expect(ids.every((id) => matchesFilters(pages.get(id), {}))).toBe(true);
    expect(matchesFilters(undefined, { type: ['văn bản'] })).toBe(false);
  });

  it('hasFilters', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ type: [] })).toBe(false);
    expect(hasFilters({ place: ['Hải Phòng'] })).toBe(true);
  });
});

describe('facetCounts', () => {
  it('đếm mỗi giá trị trên các kết quả thoả các bộ lọc khác', () => {
    const counts = facetCounts(ids, pages, { type: ['văn bản'] });
    // The ticked filter's own counts ignore it, so other kinds can still be added.
    expect(Object.fromEntries(counts.type)).toEqual({ 'chủ đề': 1, 'văn bản': 3, 'điển hình': 1 });
    expect(Object.fromEntries(counts.year)).toEqual({ '2021': 2, '2013': 1 });
    expect(Object.fromEntries(counts.issuer)).toEqual({
      'Bộ Chính trị': 2,
      'Ban Chấp hành Trung ương Đảng': 1,
    });
    expect(counts.place.size).toBe(0);
  });

  it('chỉ đếm các trang tìm được', () => {
    expect(Object.fromEntries(facetCounts(['theme'], pages, {}).type)).toEqual({ 'chủ đề': 1 });
  });
});

describe('orderFacetValues', () => {
  it('loại theo thứ tự của sổ tay, năm mới trước, tên theo vần', () => {
    expect(orderFacetValues('type', ['điển hình', 'văn bản', 'chủ đề', 'lạ'])).toEqual([
      'chủ đề',
      'văn bản',
      'điển hình',
      'lạ',
    ]);
    expect(orderFacetValues('year', ['2013', '2022', '2021'])).toEqual(['2022', '2021', '2013']);
    expect(orderFacetValues('place', ['Thanh Hóa', 'Hà Nội', 'Đà Nẵng', 'Hải Phòng'])).toEqual([
      'Đà Nẵng',
      'Hà Nội',
      'Hải Phòng',
      'Thanh Hóa',
    ]);
  });
});
