import { describe, expect, it } from 'vitest';
import { withoutQuestionWords } from '../../../src/lib/search/question-words.ts';
import { queryWords } from '../../../src/lib/search/query.ts';

describe('withoutQuestionWords', () => {
  it.each([
    ['MTTQ là gì', 'mttq'],
    ['mttq la gi', 'mttq'],
    ['nông thôn mới như thế nào', 'nông thôn mới'],
    ['nong thon moi nhu the nao', 'nong thon moi'],
    ['hang viet the nao', 'hang viet'],
    ['ngày hội ở đâu', 'ngày hội'],
    ['ngay hoi khi nao', 'ngay hoi'],
    ['bao giờ có ngày hội', 'có ngày hội'],
    ['tại sao phải giám sát', 'phải giám sát'],
    ['làm sao tham gia', 'tham gia'],
    ['ai giám sát', 'giám sát'],
    // Words that only look like question words stay.
    ['giá cả', 'giá cả'],
    ['là đảng viên', 'là đảng viên'],
    ['thế hệ trẻ', 'thế hệ trẻ'],
    // Never empties a query.
    ['là gì', 'là gì'],
    ['ai', 'ai'],
  ])('%s → %s', (typed, expected) => {
    expect(withoutQuestionWords(queryWords(typed)).join(' ')).toBe(expected);
  });
});
