/**
 * Reads the seed text of the 2022 plan directly, independently of the site's importer,
 * so that tests compare the rendered plan with the original and not with itself.
 */
import { readFileSync } from 'node:fs';

const SEED = new URL('../../sources/seed/ke-hoach-2022.txt', import.meta.url);

function normalize(line: string): string {
  return line.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The seed's lines, normalised (NFC, white space collapsed), blank lines dropped. */
export function seedLines(): string[] {
  return readFileSync(SEED, 'utf8').split('\n').map(normalize).filter(Boolean);
}

/**
 * The 31 paragraphs of the seed in reading order: every line of the body that is not the
 * document type, the title, or a section/item heading, with its "- " bullet removed.
 */
export function seedParagraphs(): string[] {
  const lines = seedLines();
  const end = lines.indexOf('Nơi nhận:');
  return lines
    .slice(2, end)
    .filter((line) => !/^[IVX]+\. /.test(line) && !/^\d+\. /.test(line))
    .map((line) => line.replace(/^- ?/, ''));
}

/** The recipients block of the seed, each line without its "- ". */
export function seedRecipients(): string[] {
  const lines = seedLines();
  return lines
    .slice(lines.indexOf('Nơi nhận:') + 1)
    .filter((line) => line.startsWith('-'))
    .map((line) => line.replace(/^- ?/, ''));
}
