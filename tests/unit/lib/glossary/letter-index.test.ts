import { describe, expect, it } from 'vitest';
import {
  filterKey,
  groupByLetter,
  indexLetter,
  letterId,
  matchesFilter,
} from '../../../../src/lib/glossary/letter-index.ts';

describe('indexLetter', () => {
  it.each([
    ['MTTQ', 'M'],
    ['Ủy ban', 'U'],
    ['Ưu tiên', 'Ư'],
    ['ấp', 'Â'],
    ['Ăn', 'Ă'],
    ['Đoàn kết', 'Đ'],
    ['dân', 'D'],
    ['ổn định', 'Ô'],
    ['ơn', 'Ơ'],
    ['5K', '0–9'],
    ['3 trụ cột', '0–9'],
    ['Covid-19', 'C'],
  ])('%s → %s', (term, letter) => expect(indexLetter(term)).toBe(letter));

  it('chữ tách dấu (NFD) vẫn về đúng chữ', () => expect(indexLetter('Ủy'.normalize('NFD'))).toBe('U'));
});

describe('groupByLetter', () => {
  it('0–9 trước, rồi theo bảng chữ cái tiếng Việt (D trước Đ), trong mỗi chữ theo thứ tự tiếng Việt', () => {
    const groups = groupByLetter(['Đoàn', 'dân', 'Ủy ban', '5K', 'Ưu', 'Bác', 'an', 'âm', '3 trụ'], (t) => t);
    expect(groups.map((group) => [group.letter, group.items])).toEqual([
      ['0–9', ['3 trụ', '5K']],
      ['A', ['an']],
      ['Â', ['âm']],
      ['B', ['Bác']],
      ['D', ['dân']],
      ['Đ', ['Đoàn']],
      ['U', ['Ủy ban']],
      ['Ư', ['Ưu']],
    ]);
  });

  it('mỗi chữ có mã neo riêng', () => {
    expect(['0–9', 'D', 'Đ', 'Ư'].map(letterId)).toEqual(['chu-0-9', 'chu-d', 'chu-đ', 'chu-ư']);
  });
});

describe('matchesFilter', () => {
  it.each([
    ['Mặt trận Tổ quốc', 'mat tran', true],
    ['Mặt trận Tổ quốc', 'MẶT TRẬN', true],
    ['Mặt trận Tổ quốc', 'mặt  trận', true],
    ['Đại đoàn kết', 'dai doan', true],
    ['Đại đoàn kết', 'đại', true],
    ['Phản biện xã hội', 'mat tran', false],
  ])('%s ⊇ "%s": %s', (text, query, expected) =>
    expect(matchesFilter(filterKey(text), query)).toBe(expected),
  );
});
