/** Cutting a summary short for cards and lists, without changing a word of it. */

/**
 * The first sentence of a text: up to the first `.`, `!` or `?` that is followed by a
 * space and a capital letter (Vietnamese capitals included), or the whole text.
 */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s+["“(]?\p{Lu})/u.exec(text.trim());
  return match ? match[0] : text.trim();
}
