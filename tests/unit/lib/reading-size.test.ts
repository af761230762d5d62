import { describe, expect, it } from 'vitest';
import {
  formatReadingScale,
  parseReadingScale,
  READING_SCALES,
  stepReadingScale,
} from '../../../src/lib/reading-size.ts';

describe('parseReadingScale', () => {
  it.each([
    ['1.25', 1.25],
    ['2', 2],
    ['0.9', 0.9],
    [null, 1],
    [undefined, 1],
    ['', 1],
    ['3', 1],
    ['1.3', 1],
    ['abc', 1],
  ])('%s → %s', (saved, expected) => expect(parseReadingScale(saved)).toBe(expected));
});

describe('stepReadingScale', () => {
  it.each([
    [1, 1, 1.1],
    [1, -1, 0.9],
    [1.25, 1, 1.5],
    [1.5, -1, 1.25],
    [2, 1, 2],
    [0.9, -1, 0.9],
    [1.3, 1, 1.5],
    [1.3, -1, 1.25],
    [5, -1, 1.75],
    [0.5, 1, 0.9],
  ] as const)('%s, bước %s → %s', (current, direction, expected) =>
    expect(stepReadingScale(current, direction)).toBe(expected),
  );

  it('đi hết các cỡ từ nhỏ nhất đến lớn nhất', () => {
    const seen: number[] = [READING_SCALES[0]];
    for (let i = 1; i < READING_SCALES.length; i++) seen.push(stepReadingScale(seen.at(-1)!, 1));
    expect(seen).toEqual([...READING_SCALES]);
  });
});

describe('formatReadingScale', () => {
  it.each([
    [1, '100%'],
    [1.1, '110%'],
    [0.9, '90%'],
    [2, '200%'],
  ])('%s → %s', (scale, expected) => expect(formatReadingScale(scale)).toBe(expected));
});
