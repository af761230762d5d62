import { describe, expect, it } from 'vitest';
import {
  documentCitationLine,
  documentShortName,
  planCitationLine,
} from '../../../../src/lib/citation/citation-line.ts';

describe('documentCitationLine', () => {
  it.each([
    [
      'đủ dữ kiện đã xác minh',
      {
        title: 'Kết luận của Bộ Chính trị',
        symbol: '01-KL/TW',
        issued: '2021-05-18',
        issuer: 'Bộ Chính trị',
        unverified: [],
      },
      'Kết luận của Bộ Chính trị — số hiệu 01-KL/TW, ngày ban hành 18/5/2021, cơ quan ban hành: Bộ Chính trị.',
    ],
    [
      'thiếu số hiệu, ngày đánh dấu chưa xác minh',
      { title: 'Nghị quyết Đại hội', issuer: 'Đại hội', unverified: ['issued'] },
      'Nghị quyết Đại hội — số hiệu chưa xác minh, ngày ban hành chưa xác minh, cơ quan ban hành: Đại hội.',
    ],
    [
      'tên chưa xác minh',
      {
        title: 'Chỉ thị',
        symbol: '10-CT/TW',
        issued: '2011-12-05',
        issuer: 'Ban Bí thư',
        unverified: ['title'],
      },
      'Chỉ thị (tên chưa xác minh) — số hiệu 10-CT/TW, ngày ban hành 5/12/2011, cơ quan ban hành: Ban Bí thư.',
    ],
  ])('%s', (_, document, line) => expect(documentCitationLine(document)).toBe(line));
});

describe('planCitationLine', () => {
  const plan = { docType: 'KẾ HOẠCH', title: 'Tuyên truyền năm 2022', issuer: 'Ban Thường trực' };
  it('không có số, ngày: ghi chưa xác minh', () =>
    expect(planCitationLine(plan)).toBe(
      'Kế hoạch Tuyên truyền năm 2022 — số hiệu chưa xác minh, ngày ban hành chưa xác minh, cơ quan ban hành: Ban Thường trực.',
    ));
  it('kèm đoạn', () =>
    expect(
      planCitationLine({ ...plan, symbol: '12/KH-MTTQ', issued: '2022-01-10' }, 'Mục III.2, đoạn 1'),
    ).toBe(
      'Kế hoạch Tuyên truyền năm 2022 — số hiệu 12/KH-MTTQ, ngày ban hành 10/1/2022, cơ quan ban hành: Ban Thường trực, Mục III.2, đoạn 1.',
    ));
});

describe('documentShortName', () => {
  it.each([
    [
      'có số hiệu: loại và số hiệu',
      { kind: 'Kết luận', symbol: '01-KL/TW', title: 'Kết luận của Bộ Chính trị' },
      'Kết luận 01-KL/TW',
    ],
    [
      'không số hiệu: tên văn bản',
      { kind: 'Nghị quyết', title: 'Nghị quyết Đại hội XIII' },
      'Nghị quyết Đại hội XIII',
    ],
  ])('%s', (_, document, expected) => {
    expect(documentShortName(document)).toBe(expected);
  });
});
