import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../src/lib/search/query.ts';
import { documentHits, parseSymbol } from '../../../src/lib/search/symbols.ts';
import { dictionary } from './dictionary-fixture.ts';

const hits = (query: string) => documentHits(queryWords(query), dictionary.documents).map((d) => d.symbol);

describe('parseSymbol', () => {
  it.each([
    ['01-KL/TW', 1, ['kl', 'tw']],
    ['217-QĐ/TW', 217, ['qd', 'tw']],
    ['06/NQ-ĐCT', 6, ['nq', 'dct']],
  ])('%s', (symbol, number, codes) => expect(parseSymbol(symbol)).toEqual({ number, codes }));

  it('không có số thì không phải số hiệu', () => {
    expect(parseSymbol('KL/TW')).toBeUndefined();
  });
});

describe('documentHits: số hiệu viết kiểu nào cũng trúng', () => {
  it.each([
    ['01-KL/TW', '01-KL/TW'],
    ['01 KL TW', '01-KL/TW'],
    ['01kltw', '01-KL/TW'],
    ['kl 01', '01-KL/TW'],
    ['KL-1', '01-KL/TW'],
    ['01', '01-KL/TW'],
    ['kết luận 01', '01-KL/TW'],
    ['ket luan so 01', '01-KL/TW'],
    ['37 qd tw', '37-QĐ/TW'],
    ['quy định 37', '37-QĐ/TW'],
    ['217', '217-QĐ/TW'],
    ['06/NQ-ĐCT', '06/NQ-ĐCT'],
    ['06 nq dct', '06/NQ-ĐCT'],
  ])('%s → %s', (query, symbol) => expect(hits(query)).toEqual([symbol]));

  it.each([
    ['21 không trúng 217', '2', []],
    ['từ lạ thì là tìm thường', '01 hang viet', []],
    ['hai số', '01 2021', []],
    ['không có số', 'kl tw', []],
    ['chữ của văn bản khác', 'nq 01', []],
  ])('%s: %s', (_, query, expected) => expect(hits(query)).toEqual(expected));

  it('21 và 217 là hai văn bản khác nhau', () => {
    expect(hits('21')).toEqual(['21-KL/TW']);
    expect(hits('217')).toEqual(['217-QĐ/TW']);
  });
});
