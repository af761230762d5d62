import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-noi-dung-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

it('bản dựng dừng với thông báo tiếng Việt nêu tệp và trường khi ngày viết sai dạng', () => {
  const content = join(workdir, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, 'documents', '01-kl-tw.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^issued: .*$/m, 'issued: 18/5/2021'));

  const build = spawnSync('npx', ['astro', 'build', '--outDir', join(workdir, 'dist')], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
    timeout: 120_000,
  });

  expect(build.status).not.toBe(0);
  const output = build.stdout + build.stderr;
  expect(output).toContain('01-kl-tw.mdx');
  expect(output).toMatch(
    /trường "issued": cần ngày dạng YYYY-MM-DD \(ví dụ 2021-05-18\), nhưng gặp "18\/5\/2021"\. Hãy viết: 2021-05-18\./,
  );
}, 120_000);
