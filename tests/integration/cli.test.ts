/**
 * One real run of each command an editor types (package.json's scripts), as a process of
 * its own on the fixture content: it starts, does its job, and prints and exits as the
 * editor sees it. What each command decides is tested in-process in tests/unit (the
 * scripts are thin wrappers over src/lib); this is the wrapper, the flags from the
 * command line, the environment (CONTENT_DIR, PORT) and the exit status.
 *
 * Not here: `npm run bench`, `bench:search`, `lighthouse` and `docs:editor-guide` drive a
 * browser for minutes (they are measurements and a generator, each run by hand), and
 * `npm run build` is run by the other tests of this folder.
 */
import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFlags } from '../fixtures/new-entries.ts';
import { fixtureContent, VIETNAMESE_DATE_MESSAGE, writeDateTheVietnameseWay } from './fixture-content.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-lenh-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** A fresh copy of the fixture content, named for the test that writes in it. */
function content(name: string): string {
  return fixtureContent(join(workdir, name));
}

/**
 * Runs `node scripts/<script>` as `npm run` does, with stdin not a terminal (so it asks
 * nothing); resolves with its exit status and what it printed on each stream.
 */
function script(
  file: string,
  args: string[],
  { env = {}, cwd = '.' }: { env?: Record<string, string>; cwd?: string } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve('scripts', file), ...args],
      { cwd, env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('npm run check:content', () => {
  it('nội dung hợp lệ: thoát 0; một ngày viết sai: thoát 1, báo tệp, trường và cách sửa', async () => {
    const root = content('kiem-tra');
    const valid = await script('check-content.ts', [], { env: { CONTENT_DIR: root } });
    expect(valid).toMatchObject({ status: 0, stdout: 'Nội dung hợp lệ: không có lỗi.\n' });

    writeDateTheVietnameseWay(root);
    const bad = await script('check-content.ts', [], { env: { CONTENT_DIR: root } });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      new RegExp(String.raw`documents\/01-kl-tw\.mdx:\d+ — ` + VIETNAMESE_DATE_MESSAGE.source),
    );
  });
});

describe('npm run content:report', () => {
  it('in bảng Markdown, mỗi mục một dòng', async () => {
    const run = await script('content-report.ts', [], { env: { CONTENT_DIR: content('bang-so-lieu') } });
    expect(run.status, run.stderr).toBe(0);
    const table = run.stdout.trim().split('\n');
    expect(table[0]).toBe('| Mục | Lời riêng (âm tiết) | Mục tiêu | Nguồn dẫn | Hiệu lực / tình trạng |');
    expect(table).toContain('| documents/01-kl-tw | 8 | 400 dưới | 0 | — |');
    expect(table).toContain('| campaigns/ngay-hoi-dai-doan-ket-toan-dan-toc | 2 | 350 dưới | 0 |  |');
  });
});

describe('npm run import-plan', () => {
  it('nhập kế hoạch 2023 từ tệp .txt: báo những gì nhận ra, ghi tệp, thoát 0; tệp .doc: thoát 1', async () => {
    const root = content('nhap-ke-hoach');
    const run = await script('import-plan.ts', ['tests/fixtures/ke-hoach-2023.txt'], {
      env: { CONTENT_DIR: root },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Kế hoạch năm 2023: KẾ HOẠCH — Tuyên truyền, vận động');
    expect(run.stdout).toContain(`Đã ghi ${join(root, 'plans', '2023.yaml')}.`);
    expect(readFileSync(join(root, 'plans', '2023.yaml'), 'utf8')).toContain(
      'issuer: Ban Thường trực thử nghiệm\n',
    );

    const doc = join(workdir, 'ke-hoach.doc');
    writeFileSync(doc, 'x');
    const refused = await script('import-plan.ts', [doc], { env: { CONTENT_DIR: root } });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('chỉ nhận tệp văn bản .txt hoặc tệp Word .docx');
  });
});

describe('npm run new', () => {
  it('tạo thuật ngữ từ các tùy chọn, thoát 0; chạy lại thì từ chối vì trùng, thoát 1', async () => {
    const root = content('muc-moi');
    const flags = ['--kind', 'glossary', ...answerFlags('glossary')];
    const run = await script('new-entry.ts', flags, { env: { CONTENT_DIR: root } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Đã tạo ${join(root, 'glossary', 'ktth.yaml')}.`);
    expect(existsSync(join(root, 'glossary', 'ktth.yaml'))).toBe(true);

    const again = await script('new-entry.ts', flags, { env: { CONTENT_DIR: root } });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Chưa tạo được mục mới:\n  • --slug: Đã có mục mang mã "ktth"');
  });
});

describe('npm run docs:fields', () => {
  it('viết lại bảng trường đã cũ của hướng dẫn, đúng như bản đã lưu; chạy lại thì không đổi gì', async () => {
    // The guide and the repository's Prettier settings (with the plugins they name), in a folder of their own.
    const folder = join(workdir, 'huong-dan');
    mkdirSync(join(folder, 'docs'), { recursive: true });
    cpSync('.prettierrc.json', join(folder, '.prettierrc.json'));
    symlinkSync(resolve('node_modules'), join(folder, 'node_modules'));
    const committed = readFileSync('docs/cac-truong.md', 'utf8');
    const stale = committed.replace(/^\| `issued` +\|.*\n/m, '');
    expect(stale).not.toBe(committed);
    writeFileSync(join(folder, 'docs', 'cac-truong.md'), stale);

    const run = await script('generate-field-docs.ts', [], { cwd: folder });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^docs\/cac-truong\.md: đã viết lại bảng trường của plans, themes, documents, /,
    );
    expect(readFileSync(join(folder, 'docs', 'cac-truong.md'), 'utf8')).toBe(committed);

    const again = await script('generate-field-docs.ts', [], { cwd: folder });
    expect(again.stdout).toBe(
      'docs/cac-truong.md: các bảng trường đã khớp với lược đồ, không có gì thay đổi.\n',
    );
  });
});

describe('npm run editor', () => {
  it('chạy trình sửa ở cổng PORT, nói địa chỉ, trả trang /quan-tri/; dừng khi được bảo', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [resolve('scripts/editor/server.ts')], {
      env: { ...process.env, CONTENT_DIR: content('trinh-sua'), PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((done) => server.on('exit', (code) => done(code)));
    try {
      const said = await new Promise<string>((done, fail) => {
        let stdout = '';
        server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('Ctrl+C')) done(stdout);
        });
        void exited.then((code) => fail(new Error(`trình sửa dừng (mã ${code}) trước khi chạy:\n${stdout}`)));
      });
      expect(said).toContain(`Trình sửa nội dung đang chạy: http://localhost:${port}/quan-tri/`);

      const page = await fetch(`http://localhost:${port}/quan-tri/`);
      expect(page.status).toBe(200);
      const body = await page.text();
      expect(body).toContain('<title>Sửa nội dung — Sổ tay Đại đoàn kết</title>');
      expect(body).toContain('<script type="module" src="/quan-tri/editor.js"></script>');
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBeNull();
  });
});
