import { describe, expect, it } from 'vitest';
import { readSearchState, searchStateToQueryString } from '../../../src/lib/search/url-state.ts';

describe('tìm kiếm trong địa chỉ', () => {
  it('ghi rồi đọc lại được nguyên trạng', () => {
    const state = { query: 'hàng việt', filters: { type: ['cuộc vận động', 'điển hình'], year: ['2022'] } };
    const text = searchStateToQueryString(state);
    expect(text).toBe(
      '?q=h%C3%A0ng+vi%E1%BB%87t&loai=cu%E1%BB%99c+v%E1%BA%ADn+%C4%91%E1%BB%99ng&loai=%C4%91i%E1%BB%83n+h%C3%ACnh&nam=2022',
    );
    expect(readSearchState(new URLSearchParams(text))).toEqual(state);
  });

  it('không có gì thì chuỗi rỗng', () => {
    expect(searchStateToQueryString({ query: '  ', filters: {} })).toBe('');
  });

  it('đọc địa chỉ lạ mà không tin: bỏ tham số lạ, giá trị rỗng, trùng; giới hạn số lượng và độ dài', () => {
    const params = new URLSearchParams();
    params.append('q', '<script>alert(1)</script>');
    params.append('khac', 'x');
    params.append('loai', '');
    params.append('loai', 'văn bản');
    params.append('loai', 'văn bản');
    for (let index = 0; index < 50; index++) params.append('nam', String(2000 + index));
    params.append('noi', 'x'.repeat(500));
    const state = readSearchState(params);
    expect(state.query).toBe('<script>alert(1)</script>');
    expect(state.filters.type).toEqual(['văn bản']);
    expect(state.filters.year).toHaveLength(20);
    expect(state.filters.place?.[0]).toHaveLength(120);
    expect(Object.keys(state.filters).sort()).toEqual(['place', 'type', 'year']);
  });

  it('giá trị tách dấu (NFD) được chuẩn hoá', () => {
    const state = readSearchState(new URLSearchParams({ loai: 'văn bản'.normalize('NFD') }));
    expect(state.filters.type).toEqual(['văn bản']);
  });
});
