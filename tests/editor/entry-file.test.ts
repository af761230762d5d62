import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  escapeMdxText,
  readEntry,
  reconcile,
  toNfc,
  writeEntry,
} from '../../src/lib/editor/web/entry-file.ts';
import { extensionOf, COLLECTIONS } from '../../src/schemas/registry.ts';

const files = COLLECTIONS.flatMap((collection) =>
  readdirSync(join('content', collection)).map((name) => ({
    file: join('content', collection, name),
    extension: extensionOf(collection),
  })),
);

describe('opening and saving an unchanged entry', () => {
  it('covers every content file', () => expect(files.length).toBeGreaterThan(60));
  it.each(files)('leaves $file byte-identical', async ({ file, extension }) => {
    const source = readFileSync(file, 'utf8');
    // What the browser sends back: the entry as JSON, through the form untouched.
    const sent = JSON.parse(JSON.stringify(readEntry(source, extension))) as ReturnType<typeof readEntry>;
    expect(await writeEntry(source, extension, sent)).toBe(source);
  });
});

describe('a changed field', () => {
  it('changes only its own line of a document', async () => {
    const source = readFileSync('content/documents/01-kl-tw.mdx', 'utf8');
    const entry = readEntry(source, '.mdx');
    const saved = await writeEntry(source, '.mdx', {
      ...entry,
      data: { ...entry.data, summary: 'Tóm tắt mới.' },
    });
    const before = source.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, index) => (line === before[index] ? [] : [line]));
    expect(changed).toEqual(['summary: Tóm tắt mới.']);
  });

  it('keeps a YAML entry as Prettier lays it out', async () => {
    const file = join('content/glossary', readdirSync('content/glossary')[0]!);
    const source = readFileSync(file, 'utf8');
    const entry = readEntry(source, '.yaml');
    const saved = await writeEntry(source, '.yaml', {
      ...entry,
      data: { ...entry.data, explanation: 'Giải thích: có dấu hai chấm, # và "ngoặc kép".' },
    });
    expect(saved).not.toBe(source);
    expect(readEntry(saved, '.yaml').data['explanation']).toBe(
      'Giải thích: có dấu hai chấm, # và "ngoặc kép".',
    );
    expect(await check(saved, { parser: 'yaml', printWidth: 110, singleQuote: true })).toBe(true);
  });

  it('stores decomposed text in NFC', async () => {
    const source = readFileSync('content/documents/01-kl-tw.mdx', 'utf8');
    const entry = readEntry(source, '.mdx');
    const decomposed = 'Mặt trận Tổ quốc'.normalize('NFD');
    const saved = await writeEntry(source, '.mdx', {
      data: { ...entry.data, summary: decomposed },
      body: `${decomposed}\n`,
    });
    expect(saved).toContain('summary: Mặt trận Tổ quốc\n');
    expect(saved.endsWith('\nMặt trận Tổ quốc\n')).toBe(true);
    expect(saved).toBe(saved.normalize('NFC'));
  });
});

describe('escapeMdxText', () => {
  it.each([
    ['a < b', 'a \\< b'],
    ['{x}', '\\{x}'],
    ['đã \\< thoát', 'đã \\< thoát'],
    ['\\\\<', '\\\\\\<'],
    ['không có gì', 'không có gì'],
  ])('%s → %s', (input, output) => expect(escapeMdxText(input)).toBe(output));
});

describe('reconcile', () => {
  it('keeps the file type of a value the form sends as text', () =>
    expect(reconcile({ plan: 2022, title: 'A' }, { plan: '2022', title: 'B' })).toEqual({
      plan: 2022,
      title: 'B',
    }));
  it('leaves out blank fields the file did not have', () =>
    expect(reconcile({ title: 'A' }, { title: 'A', signer: '', links: [] })).toEqual({ title: 'A' }));
  it('normalises nested text', () => expect(toNfc({ a: ['ễ'.normalize('NFD')] })).toEqual({ a: ['ễ'] }));
});
