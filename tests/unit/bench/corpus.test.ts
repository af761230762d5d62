import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusShape, generateCorpus } from '../../../scripts/bench/corpus.ts';
import { writeSiteContent, writeStarlightDocs } from '../../../scripts/bench/write.ts';
import { checkContent } from '../../../src/lib/content-check/check.ts';
import { formatReport } from '../../../src/lib/content-check/problem.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-bench-test-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe('kho nội dung sinh ra cho phép đo (npm run bench)', () => {
  const corpus = generateCorpus('.', 300);

  it('có đúng số mục, chia cho mọi bộ sưu tập, năm chủ đề', () => {
    expect(corpus.entries).toHaveLength(300);
    const shape = corpusShape(300);
    for (const [collection, count] of Object.entries(shape)) {
      expect(
        corpus.entries.filter((entry) => entry.collection === collection),
        collection,
      ).toHaveLength(count);
    }
    expect(shape.themes).toBe(5);
  });

  // Writes and checks a few hundred files: 1.5 s alone, over 5 s (Vitest's default) when the
  // shared 2-core machine is busy.
  it('qua bộ kiểm tra nội dung mà không có lỗi nào', { timeout: 30_000 }, () => {
    const content = join(workdir, 'content');
    writeSiteContent(corpus, content);
    const problems = checkContent([content]);
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('cùng cỡ thì cùng nội dung; văn bản là tiếng Việt có dấu, chữ dựng sẵn (NFC) như nội dung thật', () => {
    expect(generateCorpus('.', 300).entries.map((entry) => entry.body)).toEqual(
      corpus.entries.map((entry) => entry.body),
    );
    const text = corpus.entries.map((entry) => entry.body).join(' ');
    expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
    // The seed file is the plan verbatim, with a few decomposed letters: the corpus must not
    // carry them, or the bench's builds would spend time putting them back in NFC.
    const decomposed = corpus.entries.filter((entry) => entry.body !== entry.body.normalize('NFC'));
    expect(decomposed.map((entry) => entry.id)).toEqual([]);
  });

  it('viết bản Starlight: một trang cho mỗi mục có trang riêng, cùng địa chỉ', () => {
    const docs = join(workdir, 'starlight');
    writeStarlightDocs(corpus, docs);
    const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    const withPages = corpus.entries.filter((e) => e.collection !== 'glossary' && e.collection !== 'events');
    expect(files).toContain('index.md');
    expect(files).toContain(join('van-ban', `${withPages.find((e) => e.collection === 'documents')!.id}.md`));
    expect(files.filter((f) => !f.endsWith('index.md'))).toHaveLength(withPages.length);
  });
});
