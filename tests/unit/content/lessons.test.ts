/**
 * Lessons a trainer can teach from (issue 16), on the real content: a script per outline
 * section sized by its minutes; discussion questions with model answers and cues; quizzes
 * that ask to apply, not only to recall, and that cannot be gamed by option length or by
 * the answer's position; what the objectives promise is in the lesson, sourced; and the
 * audit's findings that lessons repeated (F1, F4, the 2022 district level) stay fixed.
 */
import { describe, expect, it } from 'vitest';
import { citedSources, countWords, linkTargets } from '../../../src/lib/format/trainer-text.ts';
import { entriesOf } from './real-content.ts';

interface Lesson {
  id: string;
  body: string;
  objectives: string[];
  outline: { title: string; minutes: number; script: string }[];
  discussion: { question: string; modelAnswer: string; cues: string[] }[];
  quiz: {
    kind?: string;
    situation?: string;
    question: string;
    options: { text: string; correct?: boolean }[];
  }[];
  links: { id?: string; url: string; excerpt?: string }[];
}

const lessons: Lesson[] = entriesOf('lessons').map((entry) => ({
  ...(entry.data as Omit<Lesson, 'id' | 'body'>),
  id: entry.id,
  body: entry.body ?? '',
}));

/** Words of script per minute of a section: spoken text leaves time for the activities. */
const WORDS_PER_MINUTE = { min: 40, max: 60 };
/** The longest option of a question is at most this much longer than the shortest. */
const OPTION_LENGTH_SPREAD = 1.3;

/** Characters as a reader sees them (NFC code points). */
const length = (text: string) => [...text.normalize('NFC')].length;

/** Everything a lesson says, front matter and body, for the findings' checks. */
const allText = (lesson: Lesson) =>
  [
    lesson.body,
    ...lesson.outline.map((section) => section.script),
    ...lesson.discussion.flatMap((item) => [item.question, item.modelAnswer, ...item.cues]),
    ...lesson.quiz.flatMap((question) => [question.situation ?? '', question.question]),
    ...lesson.quiz.flatMap((question) => question.options.map((option) => option.text)),
  ].join('\n');

/** The body without plan quotes, which keep the plan's own words. */
const ownText = (lesson: Lesson) => allText(lesson).replace(/<PlanQuote[^>]*\/>/g, '');

it('có năm bài giảng', () => expect(lessons.map((lesson) => lesson.id)).toHaveLength(5));

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s', (_id, lesson) => {
  it.each(lesson.outline.map((section) => [section.title, section] as const))(
    'phần “%s”: lời giảng dài vừa với số phút (40–60 chữ mỗi phút)',
    (_title, section) => {
      const perMinute = countWords(section.script) / section.minutes;
      expect(perMinute).toBeGreaterThanOrEqual(WORDS_PER_MINUTE.min);
      expect(perMinute).toBeLessThanOrEqual(WORDS_PER_MINUTE.max);
    },
  );

  it('mỗi câu hỏi thảo luận có gợi ý trả lời dựa vào sổ tay (có đường dẫn) và ít nhất hai gợi ý dẫn dắt', () => {
    expect(lesson.discussion.length).toBeGreaterThanOrEqual(3);
    for (const item of lesson.discussion) {
      expect(countWords(item.modelAnswer), item.question).toBeGreaterThanOrEqual(50);
      expect(linkTargets(item.modelAnswer).length, item.question).toBeGreaterThanOrEqual(1);
      expect(item.cues.length, item.question).toBeGreaterThanOrEqual(2);
    }
  });

  it('bài tự kiểm tra có ít nhất hai câu tình huống, mỗi câu nêu tình huống giả định', () => {
    const scenarios = lesson.quiz.filter((question) => question.kind === 'scenario');
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    for (const question of scenarios) {
      expect(question.situation, question.question).toMatch(/^(Giả sử|Một )/);
    }
  });

  it.each(lesson.quiz.map((question, index) => [index + 1, question] as const))(
    'câu %i: các phương án dài xấp xỉ nhau (chênh không quá 30 %)',
    (_number, question) => {
      const lengths = question.options.map((option) => length(option.text));
      expect(Math.max(...lengths) / Math.min(...lengths), lengths.join(', ')).toBeLessThanOrEqual(
        OPTION_LENGTH_SPREAD,
      );
    },
  );

  it('đáp án đúng rải ở nhiều vị trí: không vị trí nào giữ quá nửa số câu, ít nhất ba vị trí khác nhau', () => {
    const positions = lesson.quiz.map((question) => question.options.findIndex((option) => option.correct));
    const counts = new Map<number, number>();
    for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
    expect(Math.max(...counts.values()), positions.join(' ')).toBeLessThanOrEqual(
      Math.floor(positions.length / 2),
    );
    if (positions.length >= 5) expect(counts.size, positions.join(' ')).toBeGreaterThanOrEqual(3);
  });

  it('mỗi văn bản nêu trong mục tiêu có mặt trong bài, kèm nguồn được đánh số', () => {
    const symbols = lesson.objectives.join(' ').match(/\d+-[A-ZĐ]+\/[A-Z]+/g) ?? [];
    for (const symbol of symbols) {
      const cited = lesson.body
        .split(/\n{2,}/)
        .some((block) => block.includes(symbol) && citedSources(block).length > 0);
      expect(cited, symbol).toBe(true);
    }
  });

  it('nguồn được dẫn đều có trong links, có đoạn trích; chú thích trỏ đúng địa chỉ', () => {
    const byId = new Map(lesson.links.flatMap((link) => (link.id ? [[link.id, link] as const] : [])));
    const texts = [
      lesson.body,
      ...lesson.outline.map((section) => section.script),
      ...lesson.discussion.flatMap((item) => [item.modelAnswer, ...item.cues]),
    ];
    for (const id of texts.flatMap(citedSources)) {
      expect(byId.has(id), id).toBe(true);
      expect(byId.get(id)!.excerpt, id).toBeTruthy();
    }
    for (const [, id, url] of lesson.body.matchAll(/^\[\^([a-z0-9-]+)\]: \[[^\]]+\]\(([^)]+)\)/gm)) {
      expect(url, id).toBe(byId.get(id!)?.url);
    }
  });

  it('F1: tên “… tham nhũng, tiêu cực” của giải báo chí có từ lần thứ ba, không gán cho lần thứ tư', () => {
    const text = ownText(lesson);
    expect(text).not.toMatch(/lần thứ (4|tư)[^.]*đổi tên/);
    const awardNaming = text
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => /[Gg]iải báo chí/.test(sentence) && /tham nhũng, tiêu cực/.test(sentence));
    for (const sentence of awardNaming) expect(sentence).not.toMatch(/lần thứ (4|tư)[^.]*(mang|đổi) tên/);
    if (awardNaming.length > 0)
      expect(text).toMatch(/mang tên[^.]*tiêu cực[^.]*lần thứ ba|lần thứ ba[^.]*mang tên/);
  });

  it('F4: phương châm năm vế của kế hoạch luôn đi kèm phương châm sáu vế', () => {
    const text = ownText(lesson);
    if (/dân kiểm tra, dân thụ hưởng/i.test(text)) expect(text).toMatch(/dân giám sát, dân thụ hưởng/i);
    expect(text).not.toMatch(/[Nn]ăm vế, vế cuối/);
  });

  it('nói đến cấp huyện, quận của năm 2022 thì nói cả việc bỏ cấp huyện từ 1/7/2025', () => {
    const text = ownText(lesson);
    if (/huyện, quận|cấp huyện/.test(text)) expect(text).toMatch(/1\/7\/2025/);
  });
});

describe('bài về dân chủ, giám sát: nội dung mà mục tiêu hứa', () => {
  const lesson = lessons.find((entry) => entry.id === 'bai-giang-dan-chu-giam-sat-phan-bien')!;

  it('nói Quy chế 217-QĐ/TW quy định những gì: mục đích, chủ thể, đối tượng, nội dung, phạm vi, phương pháp', () => {
    for (const term of ['mục đích', 'chủ thể', 'đối tượng', 'nội dung', 'phạm vi', 'phương pháp']) {
      expect(lesson.body).toContain(term);
    }
  });

  it('nói Quy định 218-QĐ/TW là về góp ý xây dựng Đảng, xây dựng chính quyền, có cả nhân dân tham gia', () => {
    expect(lesson.body).toMatch(/và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền/);
  });
});
