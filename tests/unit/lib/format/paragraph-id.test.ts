import { describe, expect, it } from 'vitest';
import {
  compareParagraphIds,
  PARAGRAPH_ID_PATTERN,
  paragraphAnchor,
  paragraphHref,
  paragraphLabel,
  romanNumeral,
  romanValue,
} from '../../../../src/lib/format/paragraph-id.ts';

describe('mã đoạn', () => {
  it.each([
    ['II.1.4', true],
    ['preamble', true],
    ['I.2.1', true],
    ['II.0.1', false],
    ['2.1.4', false],
    ['II-1-4', false],
  ])('%s hợp lệ về dạng: %s', (id, valid) => expect(PARAGRAPH_ID_PATTERN.test(id)).toBe(valid));

  it('neo và đường dẫn', () => {
    expect(paragraphAnchor('II.1.4')).toBe('II-1-4');
    expect(paragraphHref(2022, 'III.1.2')).toBe('/ke-hoach/2022/#III-1-2');
    expect(paragraphHref('2022', 'preamble')).toBe('/ke-hoach/2022/#preamble');
  });

  it('tên đọc được', () => {
    expect(paragraphLabel('II.1.4')).toBe('Mục II.1, đoạn 4');
    expect(paragraphLabel('preamble')).toBe('Căn cứ');
  });

  it('sắp theo thứ tự đọc của kế hoạch', () => {
    expect(['III.1.1', 'II.10.1', 'II.2.1', 'preamble', 'I.2.1'].sort(compareParagraphIds)).toEqual([
      'preamble',
      'I.2.1',
      'II.2.1',
      'II.10.1',
      'III.1.1',
    ]);
  });

  it('số La Mã', () => {
    expect(romanNumeral(3)).toBe('III');
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('IIII')).toBeUndefined();
    expect(() => romanNumeral(11)).toThrow();
  });
});
