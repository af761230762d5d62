/**
 * A lesson as a slide deck: a title slide, one slide per outline section (its title and
 * key points — not the prose, not the trainer's script) and a closing slide with the
 * discussion questions (not their model answers); plus the keyboard and URL-hash rules the
 * slide view follows.
 */

/** One slide of a lesson. */
export interface Slide {
  kind: 'title' | 'section' | 'discussion';
  /** The slide's heading. */
  heading: string;
  /** A short line above the heading: "Phần 2 · 15 phút". */
  label: string;
  /** The bullet points (key points or questions). */
  points: string[];
}

/** What a deck is built from: the lesson's front matter (the rest of it never reaches a slide). */
export interface DeckSource {
  title: string;
  duration: number;
  audience: string;
  outline: readonly { title: string; minutes: number; keyPoints: readonly string[] }[];
  discussion: readonly { question: string }[];
}

/** The slides of a lesson, in showing order. */
export function buildDeck(lesson: DeckSource): Slide[] {
  return [
    {
      kind: 'title',
      heading: lesson.title,
      label: `Bài giảng · ${lesson.duration} phút`,
      points: [`Học viên: ${lesson.audience}`],
    },
    ...lesson.outline.map((section, index): Slide => ({
      kind: 'section',
      heading: section.title,
      label: `Phần ${index + 1}/${lesson.outline.length} · ${section.minutes} phút`,
      points: [...section.keyPoints],
    })),
    {
      kind: 'discussion',
      heading: 'Câu hỏi thảo luận',
      label: 'Trao đổi trên lớp',
      points: lesson.discussion.map((item) => item.question),
    },
  ];
}

/** The slide a URL hash points at, as an index: "#3" → 2. Anything else means the first slide. */
export function slideIndexFromHash(hash: string, count: number): number {
  const match = /^#(\d{1,4})$/.exec(hash);
  if (!match) return 0;
  return Math.min(Math.max(Number(match[1]) - 1, 0), count - 1);
}

/** The URL hash of a slide index: 2 → "#3" (slides are numbered from 1, as on the counter). */
export function slideHash(index: number): string {
  return `#${index + 1}`;
}

/** What a key press asks the slide view to do. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen';

const KEY_ACTIONS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  // Space and Backspace as in presentation programs: forward and back.
  ' ': 'next',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
};

/**
 * The action of a key press, or `undefined` for keys the slide view leaves to the browser
 * (anything with Ctrl, Alt or Meta, so that browser shortcuts keep working).
 */
export function keyAction(key: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): SlideAction | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey) return undefined;
  return KEY_ACTIONS[key.key];
}

/** The slide index after a move, kept within the deck. */
export function moveSlide(
  action: Exclude<SlideAction, 'fullscreen'>,
  current: number,
  count: number,
): number {
  switch (action) {
    case 'next':
      return Math.min(current + 1, count - 1);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** The shortest horizontal swipe that turns a slide, in CSS pixels. */
export const SWIPE_MIN_PX = 50;

/**
 * The move a swipe asks for: to the left, the next slide (the page follows the finger);
 * to the right, the previous one. A short or mostly vertical movement (a scroll) is none.
 */
export function swipeAction(dx: number, dy: number): 'next' | 'previous' | undefined {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) <= Math.abs(dy)) return undefined;
  return dx < 0 ? 'next' : 'previous';
}

/** How long the controls stay on the projected image, in full screen, once the pointer rests. */
export const CONTROLS_IDLE_MS = 2500;
