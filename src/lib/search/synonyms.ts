/**
 * Abbreviations and other names from the glossary: `MTTQ` and `mặt trận tổ quốc` find
 * the same pages because a query that contains one form of a glossary entry is also
 * searched with the entry's other forms (its term and its aliases).
 */
import { foldWord, hasMarks, queryWords } from './query.ts';

/** One glossary entry as search uses it. */
export interface GlossaryTerm {
  /** The entry's id: its anchor on the glossary page. */
  id: string;
  /** The entry's place on the glossary page. */
  href: string;
  /** The term as the glossary writes it (`MTTQ`, `nông thôn mới`). */
  term: string;
  /** What an abbreviation stands for, as the glossary writes it. */
  expansion?: string | undefined;
  /** Other ways of writing the same thing (`Mặt trận Tổ quốc`, `NTM`). */
  aliases: string[];
}

/** Most synonym variants one query expands to. */
export const MAX_SYNONYM_VARIANTS = 6;

/**
 * The words of a glossary form, worked out once per form: every keystroke checks the
 * query against every form of every entry, and normalising them each time cost a
 * phone tens of milliseconds a search.
 */
const formWordsCache = new Map<string, readonly string[]>();
function formWords(form: string): readonly string[] {
  let words = formWordsCache.get(form);
  if (!words) formWordsCache.set(form, (words = queryWords(form)));
  return words;
}

/**
 * Whether a form is written as an abbreviation: one word-like block with a digit, a
 * slash or at least two capitals (`MTTQ`, `TƯ`, `5K`, `b/c`), not an ordinary word.
 */
export function isAbbreviationForm(form: string): boolean {
  const text = form.trim();
  if (/\s/u.test(text)) return false;
  return /\p{N}|\//u.test(text) || (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether the words typed match a form's words: marked words exactly, unmarked ones folded. */
function wordsMatch(typed: readonly string[], form: readonly string[]): boolean {
  return (
    typed.length === form.length &&
    typed.every((word, index) =>
      hasMarks(word) ? word === form[index] : foldWord(word) === foldWord(form[index]!),
    )
  );
}

/**
 * Where a form occurs in the query's words, or -1. Single ordinary words are never
 * recognised (`tư` is also "four" and "private"), and an abbreviation with marks (`TƯ`)
 * only when typed with them, since its folded form is an everyday syllable.
 */
function findForm(typedWords: readonly string[], form: string): number {
  const words = formWords(form);
  const abbreviation = isAbbreviationForm(form);
  if (words.length === 0 || (!abbreviation && words.length < 2)) return -1;
  const exact = abbreviation && words.some(hasMarks);
  for (let start = 0; start + words.length <= typedWords.length; start++) {
    const typed = typedWords.slice(start, start + words.length);
    if (exact ? typed.every((word, index) => word === words[index]) : wordsMatch(typed, words)) return start;
  }
  return -1;
}

/**
 * Whether a form is worth searching in place of another: not one that contains the
 * form it replaces (that search finds nothing new), and not a lone word of one or two
 * letters (`TƯ`, `Tp.`), whose folded form (`tu`, `tp`) begins unrelated words everywhere.
 */
function isUsefulTarget(target: string, replaced: readonly string[]): boolean {
  const words = formWords(target);
  if (words.length === 1 && Array.from(words[0]!).length <= 2) return false;
  const folded = words.map(foldWord).join(' ');
  return !` ${folded} `.includes(` ${replaced.map(foldWord).join(' ')} `);
}

/**
 * The word lists a query expands to with the glossary: for each entry whose term or
 * alias the query contains, the query with that form replaced by each other form.
 * The query itself is not included.
 */
export function synonymVariants(
  words: readonly string[],
  glossary: readonly GlossaryTerm[],
  limit = MAX_SYNONYM_VARIANTS,
): string[][] {
  const variants = new Map<string, string[]>();
  const matches = glossary.flatMap((entry) => {
    const forms = [entry.term, ...entry.aliases];
    const found = forms
      .map((form) => ({ form, start: findForm(words, form), length: formWords(form).length }))
      .filter((match) => match.start >= 0)
      .sort((a, b) => b.length - a.length)[0];
    return found ? [{ ...found, forms }] : [];
  });
  matches.sort((a, b) => b.length - a.length);
  for (const match of matches) {
    const replaced = words.slice(match.start, match.start + match.length);
    for (const target of match.forms) {
      if (target === match.form || !isUsefulTarget(target, replaced)) continue;
      const variant = [
        ...words.slice(0, match.start),
        ...formWords(target),
        ...words.slice(match.start + match.length),
      ];
      variants.set(variant.join(' '), variant);
      if (variants.size >= limit) return [...variants.values()];
    }
  }
  return [...variants.values()];
}

/**
 * The glossary entries a whole query names by one of their abbreviations (`MTTQ`,
 * `ntm`): for a reader who typed an abbreviation, its meaning is the first answer.
 */
export function glossaryHits(words: readonly string[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  return glossary.filter((entry) =>
    [entry.term, ...entry.aliases].some(
      (form) =>
        isAbbreviationForm(form) && formWords(form).length === words.length && findForm(words, form) === 0,
    ),
  );
}
