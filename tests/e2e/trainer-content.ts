/**
 * The lessons and events of the real content, as the trainer's kit tests read them:
 * straight from the content files, independently of the site's own loaders.
 */
import { entriesOf } from '../unit/content/real-content.ts';

/** A lesson's front matter, the fields the tests use. */
export interface Lesson {
  id: string;
  title: string;
  outline: { title: string; minutes: number; keyPoints: string[]; script: string }[];
  discussion: { question: string; modelAnswer: string; cues: string[] }[];
  trainerNotes: string[];
  sources: string[];
  quiz: {
    kind?: 'recall' | 'scenario';
    situation?: string;
    question: string;
    options: { text: string; correct?: boolean }[];
    explanation: string;
    see: string;
  }[];
}

/** An event, the fields the tests use. */
export interface CalendarEvent {
  id: string;
  name: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The year of the original event, for a yearly anniversary. */
  since: number | undefined;
  themes: string[];
  campaigns: string[];
}

/** Every lesson of the content. */
export const lessons: Lesson[] = entriesOf('lessons').map((entry) => ({
  ...(entry.data as Omit<Lesson, 'id'>),
  id: entry.id,
}));

/** Every event of the content. */
export const events: CalendarEvent[] = entriesOf('events').map((entry) => {
  const data = entry.data as {
    name: string;
    date: unknown;
    since?: number;
    themes?: string[];
    campaigns?: string[];
  };
  return {
    id: entry.id,
    name: data.name,
    date: String(data.date),
    since: data.since,
    themes: data.themes ?? [],
    campaigns: data.campaigns ?? [],
  };
});

/** The index of a question's right option. */
export function correctIndex(question: Lesson['quiz'][number]): number {
  return question.options.findIndex((option) => option.correct === true);
}

/** The accessible name of a quiz question's group: its number, its situation if any, the question. */
export function questionName(question: Lesson['quiz'][number], index: number): string {
  return question.situation
    ? `Câu ${index + 1}. Tình huống: ${question.situation} ${question.question}`
    : `Câu ${index + 1}. ${question.question}`;
}

/**
 * Pieces of a lesson's trainer-only text, as they appear on a page: the first sentence-long
 * run of plain text of each script, model answer and cue (marks such as links and citations
 * split a text, so whole texts are not searched for).
 */
export function trainerOnlyTexts(outline: Lesson['outline'], discussion: Lesson['discussion']): string[] {
  const texts = [
    ...outline.map((section) => section.script),
    ...discussion.flatMap((item) => [item.modelAnswer, ...item.cues]),
  ];
  return texts.map((text) => text.split(/\[|\n/)[0]!.trim().slice(0, 60));
}

/** The distinct plan paragraphs a lesson rests on. */
export function lessonSources(id: string): string[] {
  return [...new Set(lessons.find((lesson) => lesson.id === id)!.sources)];
}
