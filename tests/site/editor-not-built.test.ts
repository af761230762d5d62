/**
 * The web editor (`npm run editor`, /quan-tri/) runs only on the office computer: the
 * built site has no page, script or link of it, and no CodeMirror in its scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles } from './built-site.ts';

describe('the editor is not part of the built site', () => {
  const files = distFiles();
  it('has no file under /quan-tri/', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => file.includes('quan-tri'))).toEqual([]);
  });
  it('names /quan-tri/ and CodeMirror nowhere in pages, scripts or the sitemap', () => {
    const text = files.filter((file) => /\.(html|js|xml|json|txt)$/.test(file));
    const naming = text.filter((file) =>
      /\/quan-tri\/|cm-editor|@codemirror/.test(readFileSync(join('dist', file), 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});
