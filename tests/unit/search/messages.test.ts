import { describe, expect, it } from 'vitest';
import { kindLabel, quoteQuery, resultCountText } from '../../../src/lib/search/messages.ts';

describe('lời của ô tìm kiếm', () => {
  it('nhắc lại truy vấn trong ngoặc, rút gọn khi quá dài', () => {
    expect(quoteQuery('hàng việt')).toBe('“hàng việt”');
    expect(quoteQuery('a'.repeat(100))).toBe(`“${'a'.repeat(60)}…”`);
  });

  it('câu báo số kết quả', () => {
    expect(resultCountText(3, 'doan ket')).toBe('Tìm thấy 3 kết quả cho “doan ket”.');
    expect(resultCountText(0, 'xyz')).toBe('Không tìm thấy kết quả nào cho “xyz”.');
  });

  it('tên loại viết hoa chữ đầu', () => {
    expect(kindLabel('điển hình')).toBe('Điển hình');
    expect(kindLabel(undefined)).toBe('Trang');
  });
});
