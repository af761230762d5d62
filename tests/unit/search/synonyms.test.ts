import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../src/lib/search/query.ts';
import { glossaryHits, isAbbreviationForm, synonymVariants } from '../../../src/lib/search/synonyms.ts';
import { dictionary } from './dictionary-fixture.ts';

const variants = (query: string) =>
  synonymVariants(queryWords(query), dictionary.glossary).map((words) => words.join(' '));

describe('isAbbreviationForm', () => {
  it.each([
    ['MTTQ', true],
    ['TƯ', true],
    ['5K', true],
    ['b/c', true],
    ['Tp.', false],
    ['Mặt trận', false],
    ['tư', false],
  ])('%s → %s', (form, expected) => expect(isAbbreviationForm(form)).toBe(expected));
});

describe('synonymVariants: chữ viết tắt và tên khác từ thuật ngữ', () => {
  it('chữ viết tắt được mở ra', () => {
    expect(variants('MTTQ')).toEqual(['mặt trận tổ quốc', 'mặt trận tổ quốc việt nam']);
  });

  it('dạng đầy đủ, gõ không dấu, được thu về chữ viết tắt', () => {
    expect(variants('mat tran to quoc hai phong')).toEqual(['mttq hai phong', 'mttq việt nam hai phong']);
  });

  it('dạng thay thế chứa chính từ đã gõ thì bỏ (không tìm thêm được gì)', () => {
    expect(variants('xiii')).toEqual([]);
    expect(variants('MTTQ')).not.toContain('mttq việt nam');
  });

  it('chữ viết tắt một, hai chữ cái không dùng làm dạng thay thế', () => {
    expect(variants('trung uong')).toEqual([]);
    expect(variants('thanh pho hai phong')).toEqual([]);
    expect(variants('tw')).toEqual(['trung ương']);
  });

  it('từ đơn thường ngày không bị coi là chữ viết tắt', () => {
    expect(variants('tu thien')).toEqual([]);
    expect(variants('tư')).toEqual(['trung ương']);
  });

  it('từ có dấu phải khớp đúng dấu', () => {
    expect(variants('nông thôn mới')).toContain('ntm');
    expect(variants('nống thồn mói')).toEqual([]);
  });

  it('có giới hạn số dạng', () => {
    expect(synonymVariants(queryWords('mttq tw ntm'), dictionary.glossary, 2)).toHaveLength(2);
  });
});

describe('glossaryHits: cả truy vấn là một chữ viết tắt', () => {
  it.each([
    ['MTTQ', ['mttq']],
    ['ntm', ['nong-thon-moi']],
    ['mttq hai phong', []],
    ['mặt trận tổ quốc', []],
  ])('%s', (query, ids) => {
    expect(glossaryHits(queryWords(query), dictionary.glossary).map((term) => term.id)).toEqual(ids);
  });
});
