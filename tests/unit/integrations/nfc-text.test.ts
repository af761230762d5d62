import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeFolder } from '../../../src/integrations/nfc-text.ts';

describe('normalizeFolder: chữ của bản dựng về dạng NFC', () => {
  let root: string;
  const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn", the ễ as e + circumflex + tilde
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'nfc-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gộp dấu rời thành chữ dựng sẵn trong trang và dữ liệu, báo tệp đã sửa', async () => {
    writeFileSync(join(root, 'index.html'), `<p>${decomposed}</p>`);
    writeFileSync(join(root, 'data.json'), JSON.stringify({ name: decomposed }));
    const changed = await normalizeFolder(root);
    expect(changed.sort()).toEqual(['data.json', 'index.html']);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('<p>Nguy\u1ec5n</p>');
    expect(readFileSync(join(root, 'data.json'), 'utf8')).toContain('Nguy\u1ec5n');
  });

  it('không đụng tệp đã là NFC, cũng không đụng tệp không phải chữ cho người đọc', async () => {
    writeFileSync(join(root, 'index.html'), '<p>Nguy\u1ec5n</p>');
    writeFileSync(join(root, 'app.js'), `const name = "${decomposed}";`);
    const before = statSync(join(root, 'index.html')).mtimeMs;
    expect(await normalizeFolder(root)).toEqual([]);
    expect(statSync(join(root, 'index.html')).mtimeMs).toBe(before);
    expect(readFileSync(join(root, 'app.js'), 'utf8')).toContain(decomposed);
  });
});
