/**
 * The build stops at bad content, as an editor sees it: `astro build` of the fixture
 * content with a date written the Vietnamese way fails, and what it prints names the file
 * and the field and says how to write the date. The content check runs before any page
 * is rendered, so the fixture proves it as the real content would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixtureContent } from './fixture-content.ts';
import { astroBuild } from './fixture-site.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-noi-dung-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

it('bản dựng dừng với thông báo tiếng Việt nêu tệp và trường khi ngày viết sai dạng', async () => {
  const content = fixtureContent(workdir);
  const file = join(content, 'documents', '01-kl-tw.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^issued: .*$/m, 'issued: 18/5/2021'));

  const output = await astroBuild(content, join(workdir, 'dist')).then(
    () => 'bản dựng không dừng',
    (error: Error) => error.message,
  );

  expect(output).toContain('01-kl-tw.mdx');
  expect(output).toMatch(
    /trường "issued": cần ngày dạng YYYY-MM-DD \(ví dụ 2021-05-18\), nhưng gặp "18\/5\/2021"\. Hãy viết: 2021-05-18\./,
  );
}, 120_000);
