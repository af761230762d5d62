/**
 * The web editor (`npm run editor`, /quan-tri/) runs only on the office computer: the
 * built site has no page, script or link of it, and no CodeMirror in its scripts. The
 * one mention allowed is the editors' guide telling a person the local address to open
 * (`http://localhost:4382/quan-tri/`, as text): that address reaches only their own computer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles, elementsOf, SITE } from './built-site.ts';

const LOCAL_ADDRESS = 'http://localhost:4382/quan-tri/';

describe('the editor is not part of the built site', () => {
  const files = distFiles();
  const read = (file: string) => readFileSync(join('dist', file), 'utf8');
  it('has no file under /quan-tri/', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => file.includes('quan-tri'))).toEqual([]);
  });
  it('names /quan-tri/ and CodeMirror nowhere in pages, scripts or the sitemap, but the guide’s local address', () => {
    const text = files.filter((file) => /\.(html|js|xml|json|txt)$/.test(file));
    const naming = text.filter((file) =>
      /\/quan-tri\/|cm-editor|@codemirror/.test(read(file).replaceAll(`<code>${LOCAL_ADDRESS}</code>`, '')),
    );
    expect(naming).toEqual([]);
    const guide = elementsOf(read('huong-dan-bien-tap/index.html'));
    expect(guide.some((tag) => tag.name === 'code' && tag.text === LOCAL_ADDRESS)).toBe(true);
  });
  it('links to the editor from no page (news addresses may contain "quan-tri": not counted)', () => {
    const own = [SITE.origin, 'http://localhost:4382', 'http://127.0.0.1:4382', ''].map((origin) =>
      origin.replace(/[.:/]/g, (c) => `\\${c}`),
    );
    const editor = new RegExp(`^(?:${own.join('|')})/quan-tri\\b`);
    const linksToEditor = (html: string) =>
      elementsOf(html).some((tag) =>
        ['href', 'src', 'action'].some((name) => editor.test(tag.attributes.get(name) ?? '')),
      );
    const linking = files
      .filter((file) => file.endsWith('.html'))
      .filter((file) => linksToEditor(read(file)));
    expect(linking).toEqual([]);
  });
});
