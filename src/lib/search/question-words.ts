/**
 * Question words and filler readers type around what they look for ("MTTQ là gì",
 * "nong thon moi the nao"): dropped before searching, since every page contains them and
 * they push the right page down. Matched with or without tone marks; never empties a query.
 */
import { foldWord } from './query.ts';

/** The phrases dropped, longest first, as folded words. */
const QUESTION_PHRASES: readonly (readonly string[])[] = [
  'nhu the nao',
  'la gi',
  'la ai',
  'the nao',
  'o dau',
  'khi nao',
  'bao gio',
  'tai sao',
  'vi sao',
  'lam sao',
  'lam the nao',
  'gi',
  'ai',
]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * The words of a query without its question words and filler: "mttq là gì" → "mttq".
 * When nothing else is left ("là gì"), the words as typed.
 */
export function withoutQuestionWords(words: readonly string[]): string[] {
  const folded = words.map(foldWord);
  const kept: string[] = [];
  for (let index = 0; index < words.length;) {
    const phrase = QUESTION_PHRASES.find((candidate) =>
      candidate.every((word, offset) => folded[index + offset] === word),
    );
    if (phrase) index += phrase.length;
    else kept.push(words[index++]!);
  }
  return kept.length > 0 ? kept : [...words];
}
