/**
 * The build stops at bad content, as an editor sees it: `astro build` of the fixture
 * content with a date written the Vietnamese way fails, and what it prints names the file
 * and the field and says how to write the date. The content check runs before any page
 * is rendered, so the fixture proves it as the real content would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixtureContent, VIETNAMESE_DATE_MESSAGE, writeDateTheVietnameseWay } from './fixture-content.ts';
import { astroBuild } from './fixture-site.ts';

const workdir = mkdtempSync(join(tmpdir(), 'so-tay-noi-dung-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

it('bản dựng dừng với thông báo tiếng Việt nêu tệp và trường khi ngày viết sai dạng', async () => {
  const content = fixtureContent(workdir);
  writeDateTheVietnameseWay(content);

  const output = await astroBuild(content, join(workdir, 'dist')).then(
    () => 'bản dựng không dừng',
    (error: Error) => error.message,
  );

  expect(output).toContain('01-kl-tw.mdx');
  expect(output).toMatch(VIETNAMESE_DATE_MESSAGE);
}, 120_000);
