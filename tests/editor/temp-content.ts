/** A throw-away copy of content/ for the editor's tests: the real content is never written. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies content/ to a new temporary folder and returns it with a function that removes it. */
export function temporaryContent(): { root: string; remove(): void } {
  const root = join(mkdtempSync(join(tmpdir(), 'so-tay-editor-test-')), 'content');
  cpSync('content', root, { recursive: true });
  return { root, remove: () => rmSync(join(root, '..'), { recursive: true, force: true }) };
}
