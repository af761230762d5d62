import { describe, expect, it } from 'vitest';
import { buildSearchDictionary, isSearchDictionary } from '../../../src/lib/search/dictionary.ts';
import { dictionary } from './dictionary-fixture.ts';

describe('buildSearchDictionary', () => {
  it('giữ thuật ngữ với các dạng của nó, và văn bản có số hiệu', () => {
    const glossary = [
      {
        id: 'mttq',
        href: '/thuat-ngu/#mttq',
        term: 'MTTQ',
        expansion: 'Mặt trận Tổ quốc',
        aliases: ['Mặt trận'],
      },
      { id: 'giam-sat', href: '/thuat-ngu/#giam-sat', term: 'giám sát', aliases: [] },
    ];
    const withSymbol = {
      symbol: '01-KL/TW',
      kind: 'Kết luận',
      title: 'Kết luận 01',
      href: '/van-ban/01-kl-tw/',
    };
    const withoutSymbol = {
      kind: 'Nghị quyết',
      title: 'Nghị quyết Đại hội XIII',
      href: '/van-ban/nq-dai-hoi-xiii/',
    };
    const built = buildSearchDictionary(glossary, [withSymbol, withoutSymbol]);
    expect(built).toEqual({ glossary, documents: [withSymbol] });
    expect(isSearchDictionary(built)).toBe(true);
  });
});

describe('isSearchDictionary: dữ liệu tải về được kiểm tra trước khi dùng', () => {
  it.each([
    ['null', null],
    ['mảng', []],
    ['thiếu văn bản', { glossary: [] }],
    ['thuật ngữ thiếu aliases', { glossary: [{ id: 'a', href: '/', term: 'A' }], documents: [] }],
    ['văn bản thiếu số hiệu', { glossary: [], documents: [{ href: '/' }] }],
  ])('%s → không hợp lệ', (_, value) => expect(isSearchDictionary(value)).toBe(false));

  it('tệp mẫu hợp lệ', () => expect(isSearchDictionary(dictionary)).toBe(true));
});
