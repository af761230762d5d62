import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { collectionForm } from '../../src/schemas/fields.ts';
import { ContentStore, typedValue } from '../../src/lib/editor/web/content-store.ts';
import { temporaryContent } from './temp-content.ts';

let content: ReturnType<typeof temporaryContent>;
let store: ContentStore;
beforeEach(() => {
  content = temporaryContent();
  store = new ContentStore(content.root);
});
afterEach(() => content.remove());

describe('ContentStore', () => {
  it('saves a changed summary, and the content still passes the checker', async () => {
    const entry = store.read('documents', '01-kl-tw')!;
    const result = await store.save(
      'documents',
      '01-kl-tw',
      { ...entry, data: { ...entry.data, summary: 'Tóm tắt mới.' } },
      false,
    );
    expect(result).toEqual({ ok: true });
    expect(readFileSync(join(content.root, 'documents/01-kl-tw.mdx'), 'utf8')).toContain(
      'summary: Tóm tắt mới.\n',
    );
    expect(checkContent([content.root])).toEqual([]);
  });

  it('refuses a bad date with the checker’s own message', async () => {
    const file = join(content.root, 'documents/01-kl-tw.mdx');
    const source = readFileSync(file, 'utf8');
    const entry = store.read('documents', '01-kl-tw')!;
    const result = await store.save(
      'documents',
      '01-kl-tw',
      { ...entry, data: { ...entry.data, issued: '2021-13-45' } },
      false,
    );
    expect(result.ok).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(source);
    // The same mistake written by hand: the checker says the same thing.
    writeFileSync(file, source.replace(/^issued: .*$/m, "issued: '2021-13-45'"));
    const expected = checkContent([content.root]).filter((p) => p.field === 'issued');
    // Named from the folder that holds content/, as in a working copy, wherever the copy is.
    const shown = 'content/documents/01-kl-tw.mdx';
    expect(expected).toHaveLength(1);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual(
      expected.map((p) => formatProblem({ ...p, file: shown })),
    );
  });

  it('refuses raw HTML in the body', async () => {
    const entry = store.read('documents', '01-kl-tw')!;
    const result = await store.save(
      'documents',
      '01-kl-tw',
      { ...entry, body: `${entry.body}\n<script>alert(1)</script>\n` },
      false,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.field).toBe('nội dung');
  });

  it('creates an entry, lists who refers to an entry, deletes', async () => {
    const campaign = store.read('campaigns', '5k-vac-xin')!;
    const created = await store.save(
      'campaigns',
      'thu-nghiem',
      { ...campaign, data: { ...campaign.data, name: 'Thử nghiệm' } },
      true,
    );
    expect(created).toEqual({ ok: true });
    expect(store.list('campaigns').map((e) => e.id)).toContain('thu-nghiem');
    expect(await store.save('campaigns', 'thu-nghiem', campaign, true)).toMatchObject({ ok: false });
    const referrers = store.referrers('campaigns', '5k-vac-xin');
    expect(referrers.length).toBeGreaterThan(0);
    expect(referrers[0]).toMatchObject({
      collection: expect.any(String),
      id: expect.any(String),
      title: expect.any(String),
    });
    store.delete('campaigns', 'thu-nghiem');
    expect(existsSync(join(content.root, 'campaigns/thu-nghiem.mdx'))).toBe(false);
  });

  it('never writes plans, and refuses ids that are not slugs', async () => {
    const plan = store.read('plans', '2022')!;
    await expect(store.save('plans', '2022', plan, false)).rejects.toThrow(/chỉ xem/);
    expect(() => store.file('documents', '../x')).toThrow(/không hợp lệ/);
  });
});

describe('typedValue: what a list sends as text is written as the file’s type', () => {
  const field = (key: string) => collectionForm('examples').find((f) => f.key === key)!;
  it.each([
    ['plan', '2022', 2022],
    ['plan', 'khong-phai-nam', 'khong-phai-nam'],
    ['title', '2022', '2022'],
    ['campaigns', ['5k-vac-xin'], ['5k-vac-xin']],
  ])('%s: %j → %j', (key, sent, written) => {
    expect(typedValue(field(key), sent)).toEqual(written);
  });
});
