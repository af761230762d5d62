import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../../src/lib/format/closest.ts';

describe('editDistance', () => {
  it.each([
    ['sumary', 'summary', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['giống', 'giống', 0],
  ])('%s ↔ %s: %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));
});

describe('closest: gợi ý khi gõ nhầm', () => {
  it.each([
    ['sumary', ['title', 'summary', 'sources'], 'summary'],
    ['Ket luan', ['Nghị quyết', 'Kết luận', 'Quy định'], 'Kết luận'],
    ['KẾT LUẬN', ['Nghị quyết', 'Kết luận'], 'Kết luận'],
    ['99-kl-tw', ['01-kl-tw', '07-kl-tw', '217-qd-tw'], '01-kl-tw'],
    ['Planquote', ['PlanQuote', 'Callout'], 'PlanQuote'],
  ])('%s → %s', (value, candidates, expected) => expect(closest(value, candidates)).toBe(expected));

  it.each([
    ['Slideshow', ['PlanQuote', 'Callout']],
    ['hoan-toan-khac', ['01-kl-tw', 'doan-ket-toan-dan']],
    ['summary', ['summary']],
  ])('không gợi ý khi quá xa (hoặc đã đúng): %s', (value, candidates) =>
    expect(closest(value, candidates)).toBeUndefined(),
  );
});
