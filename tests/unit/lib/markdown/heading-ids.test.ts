import { expect, it } from 'vitest';
import { createSlugger } from '../../../../src/lib/markdown/heading-ids.ts';

it('tạo mã tiêu đề không dấu và không trùng', () => {
  const slug = createSlugger();
  expect(slug('Thông điệp chính')).toBe('thong-diep-chinh');
  expect(slug('Thông điệp chính')).toBe('thong-diep-chinh-1');
  expect(slug('Đội ngũ')).toBe('doi-ngu');
  expect(slug('!!!')).toBe('muc');
});
