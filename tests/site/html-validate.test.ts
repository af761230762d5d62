/**
 * Every built page is valid HTML (SPEC §6), checked by html-validate with the rules of
 * `.htmlvalidate.json` (html-validate:recommended). Two rules differ from the preset:
 * - `valid-id` is relaxed: HTML5 allows an id to start with a digit, and glossary anchors
 *   such as `/thuat-ngu/#5k` are part of the product's shared links (SPEC §2).
 * - `long-title` is off: it is a search-engine heuristic, not validity; titles carry the
 *   official names of documents verbatim, which are often longer than 70 characters.
 * - `no-trailing-whitespace` is off: it is about hand-written source; this HTML is
 *   Astro's compressed output, which keeps the space a `{' '}` needs before a line break.
 * - `no-inline-style` also allows `overflow-x`, which Shiki writes on every code block
 *   (besides CSS variables, allowed by default); the CSP allows these by hash.
 */
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist-pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

function describeMessage(message: Message): string {
  return `${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`;
}

describe('HTML hợp lệ trên mọi trang đã dựng', () => {
  it('có trang để kiểm tra', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((page) => [page.path, page.file] as const))('%s', async (_path, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((result) => result.messages).map(describeMessage);
    expect(messages).toEqual([]);
  });
});
