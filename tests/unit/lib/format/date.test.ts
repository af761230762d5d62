import { describe, expect, it } from 'vitest';
import {
  formatDateVi,
  latestIsoDate,
  isIsoDate,
  isPartialDate,
  vietnameseDateToIso,
  yearOf,
} from '../../../../src/lib/format/date.ts';

describe('isIsoDate', () => {
  it.each([
    ['2021-05-18', true],
    ['2024-02-29', true],
    ['2022-02-29', false],
    ['2022-13-01', false],
    ['18/5/2021', false],
    ['2021-5-18', false],
  ])('%s → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('isPartialDate', () => {
  it.each([
    ['2003', true],
    ['2020-08', true],
    ['2020-13', false],
    ['2021-05-18', true],
    ['2021-05-32', false],
    ['tháng 8', false],
  ])('%s → %s', (value, expected) => expect(isPartialDate(value)).toBe(expected));
});

describe('formatDateVi', () => {
  it.each([
    ['2021-05-18', '18/5/2021'],
    ['2013-12-12', '12/12/2013'],
    ['2020-08', 'tháng 8/2020'],
    ['2003', 'năm 2003'],
  ])('%s → %s', (value, expected) => expect(formatDateVi(value)).toBe(expected));

  it('báo lỗi với ngày không hợp lệ', () => expect(() => formatDateVi('18/5/2021')).toThrow(/18\/5\/2021/));
});

describe('vietnameseDateToIso', () => {
  it.each([
    ['18/5/2021', '2021-05-18'],
    ['2.9.1945', '1945-09-02'],
    ['31/2/2022', undefined],
    ['2021-05-18', undefined],
  ])('%s → %s', (value, expected) => expect(vietnameseDateToIso(value)).toBe(expected));
});

it('yearOf', () => expect(yearOf('2022-11-18')).toBe(2022));

describe('latestIsoDate', () => {
  it.each([
    ['ngày muộn nhất, dù đứng đâu', ['2025-07-01', '2026-11-30', '2024-01-15'], '2026-11-30'],
    ['so cả tháng, ngày', ['2026-09-30', '2026-10-01'], '2026-10-01'],
    ['không có ngày nào', [], undefined],
  ])('%s', (_, dates, expected) => {
    expect(latestIsoDate(dates)).toBe(expected);
  });
});
