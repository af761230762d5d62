import { expect, it } from 'vitest';
import { adjacent } from '../../../src/lib/sequence.ts';

const themes = ['doan-ket-toan-dan', 'phong-chong-covid-19', 'thi-dua-yeu-nuoc-va-cuoc-van-dong'];

it.each([
  ['doan-ket-toan-dan', undefined, 'phong-chong-covid-19'],
  ['phong-chong-covid-19', 'doan-ket-toan-dan', 'thi-dua-yeu-nuoc-va-cuoc-van-dong'],
  ['thi-dua-yeu-nuoc-va-cuoc-van-dong', 'phong-chong-covid-19', undefined],
])('%s: trước %s, sau %s', (current, previous, next) => {
  expect(adjacent(themes, (id) => id === current)).toEqual({ previous, next });
});

it('mục không có trong danh sách thì không có trước, sau', () => {
  expect(adjacent(themes, (id) => id === 'khac')).toEqual({});
});
