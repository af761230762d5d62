import { describe, expect, it } from 'vitest';
import { otherNames } from '../../../src/lib/search/names.ts';

describe('otherNames', () => {
  it('tên ngắn, tên chính thức, cách kế hoạch gọi; không lặp, không trùng tiêu đề', () => {
    expect(
      otherNames(
        {
          title: 'Quy định về những điều đảng viên không được làm',
          planWording: 'Quy định số 37-QĐ/TW ngày 25/10/2021',
        },
        'Quy định 37-QĐ/TW',
      ),
    ).toEqual(['Quy định về những điều đảng viên không được làm', 'Quy định số 37-QĐ/TW ngày 25/10/2021']);
    expect(otherNames({ shortTitle: 'Đoàn kết toàn dân', title: 'Đoàn kết toàn dân' }, 'X')).toEqual([
      'Đoàn kết toàn dân',
    ]);
    expect(otherNames({ title: 'Tiêu đề' }, 'Tiêu đề')).toEqual([]);
  });
});
