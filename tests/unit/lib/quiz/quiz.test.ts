import { describe, expect, it } from 'vitest';
import { answerKey, correctOptionIndex, optionLetter, scoreMessage } from '../../../../src/lib/quiz/quiz.ts';

const option = (correct: boolean) => ({ correct });

describe('optionLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [3, 'D'],
  ])('%i → %s', (index, letter) => expect(optionLetter(index)).toBe(letter));

  it('báo lỗi khi quá số chữ cái', () => expect(() => optionLetter(26)).toThrow(RangeError));
});

describe('correctOptionIndex', () => {
  it('tìm phương án đúng ở bất kỳ vị trí nào', () => {
    expect(correctOptionIndex([option(false), option(false), option(true)])).toBe(2);
  });

  it.each([[[option(false), option(false)]], [[option(true), option(true)]]])(
    'báo lỗi khi không có đúng một phương án đúng',
    (options) => expect(() => correctOptionIndex(options)).toThrow(/đúng một phương án/),
  );
});

describe('answerKey', () => {
  it('ghi số câu và chữ cái của đáp án', () => {
    const questions = [
      { options: [option(true), option(false)] },
      { options: [option(false), option(false), option(true)] },
    ];
    expect(answerKey(questions)).toBe('1 A · 2 C');
  });
});

describe('scoreMessage', () => {
  it.each([
    [6, 6, /^Bạn trả lời đúng 6\/6 câu\. Rất tốt/],
    [3, 6, /^Bạn trả lời đúng 3\/6 câu\. Hãy xem lại/],
    [2, 6, /^Bạn trả lời đúng 2\/6 câu\. Nên đọc lại/],
    [0, 5, /^Bạn trả lời đúng 0\/5 câu\. Nên đọc lại/],
  ])('%i/%i', (right, total, expected) => expect(scoreMessage(right, total)).toMatch(expected));
});
