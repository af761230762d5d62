/**
 * The small site the integration tests build instead of the real content: the unit
 * fixtures (tests/unit/fixtures/content/valid, one entry per collection) with, laid over
 * them, what the builds here cite (tests/integration/fixtures/content/: a 2022 plan with
 * more paragraphs, and the two campaigns that the editor guide's example and the
 * `npm run new` answers name). It builds in seconds where the real content takes a minute.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Copies the fixture content into `folder`/content and returns that path. */
export function fixtureContent(folder: string): string {
  const content = join(folder, 'content');
  cpSync('tests/unit/fixtures/content/valid', content, { recursive: true });
  cpSync('tests/integration/fixtures/content', content, { recursive: true });
  return content;
}

/**
 * Writes the issue date of the fixture content's document 01-KL/TW the Vietnamese way
 * (`18/5/2021`), as an editor might; returns the file.
 */
export function writeDateTheVietnameseWay(content: string): string {
  const file = join(content, 'documents', '01-kl-tw.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^issued: .*$/m, 'issued: 18/5/2021'));
  return file;
}

/** What the content check says about that date, wherever it runs (the build, `npm run check:content`). */
export const VIETNAMESE_DATE_MESSAGE =
  /trường "issued": cần ngày dạng YYYY-MM-DD \(ví dụ 2021-05-18\), nhưng gặp "18\/5\/2021"\. Hãy viết: 2021-05-18\./;
