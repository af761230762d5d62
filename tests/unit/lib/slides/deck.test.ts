import { describe, expect, it } from 'vitest';
import {
  buildDeck,
  keyAction,
  moveSlide,
  slideHash,
  slideIndexFromHash,
  swipeAction,
  type DeckSource,
} from '../../../../src/lib/slides/deck.ts';

/** A lesson as the page passes it: the whole front matter, trainer-only fields included. */
const lesson = {
  title: 'Bài giảng thử',
  duration: 45,
  audience: 'Cán bộ Mặt trận cơ sở',
  outline: [
    { title: 'Phần một', minutes: 20, keyPoints: ['Ý 1', 'Ý 2'], script: 'Lời giảng phần một.' },
    { title: 'Phần hai', minutes: 25, keyPoints: ['Ý 3'], script: 'Lời giảng phần hai.' },
  ],
  discussion: [{ question: 'Câu hỏi?', modelAnswer: 'Gợi ý trả lời.', cues: ['Hỏi tiếp.'] }],
};
// The trainer-only fields are extra to what a deck is built from; the page passes them all the same.
const source: DeckSource = lesson;

describe('buildDeck', () => {
  const deck = buildDeck(source);

  it('có trang tên bài, mỗi phần ## một trang, và trang thảo luận ở cuối', () => {
    expect(deck.map((slide) => [slide.kind, slide.heading])).toEqual([
      ['title', 'Bài giảng thử'],
      ['section', 'Phần một'],
      ['section', 'Phần hai'],
      ['discussion', 'Câu hỏi thảo luận'],
    ]);
  });

  it('trang của một phần có ý chính, số thứ tự phần và số phút', () => {
    expect(deck[1]).toMatchObject({ label: 'Phần 1/2 · 20 phút', points: ['Ý 1', 'Ý 2'] });
    expect(deck[3]!.points).toEqual(['Câu hỏi?']);
  });

  it('không đưa lời giảng, gợi ý trả lời hay gợi ý dẫn dắt lên trang chiếu', () => {
    const shown = JSON.stringify(deck);
    for (const hidden of ['Lời giảng phần một.', 'Lời giảng phần hai.', 'Gợi ý trả lời.', 'Hỏi tiếp.']) {
      expect(shown).not.toContain(hidden);
    }
  });
});

describe('slideIndexFromHash', () => {
  it.each([
    ['#1', 0],
    ['#3', 2],
    ['#99', 3],
    ['#0', 0],
    ['', 0],
    ['#abc', 0],
    ['#2x', 0],
  ])('%s → %i (bộ 4 trang)', (hash, index) => expect(slideIndexFromHash(hash, 4)).toBe(index));

  it('đi hai chiều với slideHash', () => expect(slideIndexFromHash(slideHash(2), 4)).toBe(2));
});

describe('keyAction', () => {
  const press = (key: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
    keyAction({ key, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    [' ', 'next'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Enter', undefined],
    ['x', undefined],
  ])('%s → %s', (key, action) => expect(press(key)).toBe(action));

  it('để lại cho trình duyệt các phím có Ctrl, Alt hoặc Meta', () => {
    expect(press('f', { ctrlKey: true })).toBeUndefined();
    expect(press('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(press('End', { metaKey: true })).toBeUndefined();
  });
});

describe('swipeAction', () => {
  it.each([
    [-120, 10, 'next'],
    [120, -10, 'previous'],
    [-30, 0, undefined],
    [-80, 200, undefined],
    [0, 0, undefined],
  ])('dx %i, dy %i → %s', (dx, dy, action) => expect(swipeAction(dx, dy)).toBe(action));
});

describe('moveSlide', () => {
  it.each([
    ['next', 0, 1],
    ['next', 3, 3],
    ['previous', 2, 1],
    ['previous', 0, 0],
    ['first', 2, 0],
    ['last', 1, 3],
  ] as const)('%s từ %i → %i (bộ 4 trang)', (action, from, to) =>
    expect(moveSlide(action, from, 4)).toBe(to),
  );
});
