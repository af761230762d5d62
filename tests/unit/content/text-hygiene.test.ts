/**
 * Every text file under content/ is clean Vietnamese text: NFC, no NBSP, no double
 * spaces inside prose lines, no trailing spaces, no mojibake, no leftover drafting marks.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, filesUnder } from './real-content.ts';

const TEXT_FILE = /\.(mdx|md|ya?ml|json)$/;
const files = filesUnder(contentDir).filter((path) => TEXT_FILE.test(path));

/** Lines with their 1-based numbers, fenced code blocks left out. */
function proseLines(text: string): [number, string][] {
  let inFence = false;
  return text.split('\n').flatMap((line, index): [number, string][] => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return [];
    }
    return inFence ? [] : [[index + 1, line]];
  });
}

/** Lines (by number) where a rule is broken. */
function offending(text: string, broken: (line: string) => boolean): number[] {
  return proseLines(text)
    .filter(([, line]) => broken(line))
    .map(([number]) => number);
}

// UTF-8 Vietnamese read as Latin-1 or Windows-1252: "Ã¡", "Æ°", "Ä‘", "á»", "â€œ", and U+FFFD.
const MOJIBAKE = /[ÃÄÆ][\u0080-\u00BF\u2018\u2019]|á[\u00BA\u00BB]|â€|\uFFFD/;

describe.each(files.map((path) => [relative(contentDir, path), path] as const))('%s', (_name, path) => {
  const text = readFileSync(path, 'utf8');

  it('chuẩn hóa NFC', () => {
    expect(text === text.normalize('NFC')).toBe(true);
  });

  it('không có dấu cách không ngắt (NBSP)', () => {
    expect(offending(text, (line) => /[\u00A0\u202F]/.test(line))).toEqual([]);
  });

  it('không có hai dấu cách liền nhau trong dòng (trừ thụt đầu dòng và bảng)', () => {
    expect(
      offending(text, (line) => !line.trimStart().startsWith('|') && / {2}/.test(line.trimStart())),
    ).toEqual([]);
  });

  it('không có dấu cách cuối dòng', () => {
    expect(offending(text, (line) => /[ \t]$/.test(line))).toEqual([]);
  });

  it('không có chữ lỗi mã hóa (mojibake)', () => {
    expect(offending(text, (line) => MOJIBAKE.test(line))).toEqual([]);
  });

  it('không còn TODO, lorem, placeholder', () => {
    expect(offending(text, (line) => /\b(todo|lorem|placeholder)\b/i.test(line))).toEqual([]);
  });
});
