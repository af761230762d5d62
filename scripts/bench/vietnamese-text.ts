/**
 * Realistic Vietnamese text for the benchmark's corpora, made from the plan's own
 * vocabulary: a word-trigram chain learnt from the 2022 plan (sources/seed) and the
 * written content (content/**), so generated sentences read like the real ones, with
 * the same words, tone marks and lengths, and search sees a realistic index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from './random.ts';

/** Characters that would be markup in MDX or YAML-significant at a line start. */
const MARKUP = /[{}<>[\]*_#`|\\]/g;

/** Prose from the plan and the content files, markup removed, one sentence per item. */
export function readSentences(root: string): string[] {
  const texts = [readFileSync(join(root, 'sources/seed/ke-hoach-2022.txt'), 'utf8')];
  const content = join(root, 'content');
  for (const entry of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.mdx')) continue;
    const source = readFileSync(join(content, entry), 'utf8');
    texts.push(source.replace(/^---[\s\S]*?\n---\n/, ''));
    for (const match of source.matchAll(/^(?:summary|description|explanation): (.+)$/gm))
      texts.push(match[1]!);
  }
  return (
    texts
      .join('\n')
      // The seed is the plan verbatim, a few letters decomposed; the content is NFC, as the corpus must be.
      .normalize('NFC')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(MARKUP, ' ')
      .split(/(?<=[.;!?])\s+|\n+/)
      .map((sentence) =>
        sentence
          .replace(/^\s*[-–+]\s*/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((sentence) => sentence.split(' ').length >= 5)
  );
}

/** Generates sentences and phrases from a trigram chain over the given sentences. */
export class TextGenerator {
  readonly #next = new Map<string, string[]>();
  readonly #starts: [string, string][] = [];
  readonly #random: Random;

  constructor(sentences: readonly string[], random: Random) {
    this.#random = random;
    for (const sentence of sentences) {
      const words = sentence.split(' ');
      this.#starts.push([words[0]!, words[1]!]);
      for (let i = 2; i < words.length; i++) {
        const key = `${words[i - 2]} ${words[i - 1]}`;
        const list = this.#next.get(key) ?? [];
        list.push(words[i]!);
        this.#next.set(key, list);
      }
    }
  }

  #words(min: number, max: number): string[] {
    const length = this.#random.int(min, max);
    const words = [...this.#random.pick(this.#starts)];
    while (words.length < length) {
      const options = this.#next.get(`${words.at(-2)} ${words.at(-1)}`);
      if (!options) {
        if (words.length >= min) break;
        words.push(...this.#random.pick(this.#starts));
        continue;
      }
      words.push(this.#random.pick(options));
    }
    return words;
  }

  /** A sentence of `min`–`max` words, capitalised, ending with a full stop. */
  sentence(min = 12, max = 30): string {
    const text = this.#words(min, max)
      .join(' ')
      .replace(/[\s,;:.–-]+$/, '');
    return `${capitalise(text)}.`;
  }

  /** A phrase of `min`–`max` words for a title or a label: capitalised, no final punctuation. */
  phrase(min = 4, max = 9): string {
    return capitalise(
      this.#words(min, max)
        .join(' ')
        .replace(/[\s,;:.–-]+$/, '')
        .replace(/^[\s,;:.–-]+/, ''),
    );
  }

  /** A paragraph of `min`–`max` sentences. */
  paragraph(min = 2, max = 5): string {
    return Array.from({ length: this.#random.int(min, max) }, () => this.sentence()).join(' ');
  }
}

/** The text with its first letter in upper case (Vietnamese rules). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
