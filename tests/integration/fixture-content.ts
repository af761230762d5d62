/**
 * The small site the integration tests build instead of the real content: the unit
 * fixtures (tests/unit/fixtures/content/valid, one entry per collection) with, laid over
 * them, what the builds here cite (tests/integration/fixtures/content/: a 2022 plan with
 * more paragraphs, and the two campaigns that the editor guide's example and the
 * `npm run new` answers name). It builds in seconds where the real content takes a minute.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';

/** Copies the fixture content into `folder`/content and returns that path. */
export function fixtureContent(folder: string): string {
  const content = join(folder, 'content');
  cpSync('tests/unit/fixtures/content/valid', content, { recursive: true });
  cpSync('tests/integration/fixtures/content', content, { recursive: true });
  return content;
}
