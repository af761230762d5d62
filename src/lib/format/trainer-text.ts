/**
 * The trainer's text of a lesson — the script of each section, the model answers and cues
 * of the discussion — written in front matter as plain text with three marks an editor can
 * type without HTML: each line is a paragraph, `[chữ](/duong-dan/)` links a page of the
 * handbook, `[^ma-nguon]` cites one of the lesson's public sources (a `links[].id`). Parsed
 * here once: for the schema's checks, the trainer's page and the word counts.
 */

/** A piece of a paragraph: plain text, a link to a page of the handbook, or a citation. */
export type TrainerInline =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'cite'; id: string };

/** A paragraph: its pieces in reading order. */
export type TrainerParagraph = TrainerInline[];

const MARK = /\[\^([^\]\s]+)\]|\[([^\]]+)\]\(([^)\s]*)\)/g;

/** The pieces of one paragraph. */
function inlines(paragraph: string): TrainerParagraph {
  const pieces: TrainerParagraph = [];
  let last = 0;
  for (const match of paragraph.matchAll(MARK)) {
    if (match.index > last) pieces.push({ kind: 'text', text: paragraph.slice(last, match.index) });
    pieces.push(
      match[1] !== undefined
        ? { kind: 'cite', id: match[1] }
        : { kind: 'link', text: match[2]!, href: match[3]! },
    );
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) pieces.push({ kind: 'text', text: paragraph.slice(last) });
  return pieces;
}

/** The paragraphs of a trainer's text: one per non-empty line. */
export function parseTrainerText(text: string): TrainerParagraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(inlines);
}

/** The visible text of a trainer's text (link texts kept, citations and targets dropped). */
export function visibleText(text: string): string {
  return parseTrainerText(text)
    .map((paragraph) => paragraph.map((piece) => (piece.kind === 'cite' ? '' : piece.text)).join(''))
    .join('\n');
}

/**
 * The words of a text as a Vietnamese reader counts them: syllables, i.e. the runs between
 * spaces that hold a letter or a digit (a lone dash or bullet is not a word).
 */
export function countWords(text: string): number {
  return visibleText(text)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** The source labels a text cites, in order of first citation, each once. */
export function citedSources(text: string): string[] {
  const ids = parseTrainerText(text).flatMap((paragraph) =>
    paragraph.flatMap((piece) => (piece.kind === 'cite' ? [piece.id] : [])),
  );
  return [...new Set(ids)];
}

/** The targets a text links to, in order. */
export function linkTargets(text: string): string[] {
  return parseTrainerText(text).flatMap((paragraph) =>
    paragraph.flatMap((piece) => (piece.kind === 'link' ? [piece.href] : [])),
  );
}

/**
 * The number each cited source is shown with on a page that prints `texts` in order: 1 for
 * the first source cited, 2 for the next new one… A source cited again keeps its number.
 */
export function citationNumbers(texts: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of texts.flatMap(citedSources)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/**
 * The sources a page still has to list on their own: those that none of `texts` cites by
 * `[^id]` (a source without an id is never cited). A lesson's other sources are shown where
 * they are cited — the body's numbered notes, the trainer page's source list.
 */
export function uncitedSources<T extends { id?: string | undefined }>(
  links: readonly T[],
  texts: readonly string[],
): T[] {
  const cited = new Set(texts.flatMap(citedSources));
  return links.filter((link) => link.id === undefined || !cited.has(link.id));
}
