/**
 * The fixture site that several integration tests read, built once per run (the
 * project's globalSetup in vitest.config.ts): the fixture content (fixture-content.ts)
 * with what editors add in a year —
 * - the example the editors' guide walk saves in the web editor (tests/fixtures/editor-guide/),
 * - a second, small plan (tests/fixtures/ke-hoach-2023.txt) imported from a Word file with
 *   `npm run import-plan`'s command,
 * - its first theme, a document and an example made with `npm run new`'s command, and a
 *   code block in the document —
 * built with `astro build` into a temporary folder. The commands run in-process (one real
 * run of each script is in cli.test.ts); the build is a process of its own, so its
 * CONTENT_DIR and production mode stay out of the test runner. Tests find the build
 * with inject('fixtureSite').
 */
import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { GUIDE_ENTRY } from '../../scripts/lib/editor-guide.ts';
import { importPlanCommand } from '../../src/lib/editor/import-plan-command.ts';
import { newEntryCommand } from '../../src/lib/editor/new-entry-command.ts';
import { runInProcess, type EditorCommand } from '../fixtures/editor-commands.ts';
import { answerFlags } from '../fixtures/new-entries.ts';
import { planDocx } from '../fixtures/plan-docx.ts';
import { fixtureContent } from './fixture-content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the fixture site is built into. */
    fixtureSite: { dist: string };
  }
}

/** Runs an editor command on `root`; throws with what it printed if it refused. */
async function run(command: EditorCommand, root: string, argv: string[]): Promise<void> {
  const { status, output } = await runInProcess(command, root, argv);
  if (status !== 0) throw new Error(`${argv.join(' ')} thất bại:\n${output}`);
}

/**
 * Runs `astro build` of `content` into `outDir`, with a cache of its own: Astro's content
 * cache lives in node_modules/.astro, which worktrees may share, and a build of other
 * content must neither reuse nor leave entries pointing into a temporary folder.
 * Resolves with what the build printed; rejects with it when the build fails.
 */
export async function astroBuild(content: string, outDir: string): Promise<string> {
  const workdir = resolve(outDir, '..');
  const config = join(workdir, 'astro.config.mjs');
  writeFileSync(
    config,
    `import config from ${JSON.stringify(resolve('astro.config.mjs'))};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(workdir, 'cache'))} };\n`,
  );
  const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--config', relative('.', config)];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...astro, '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: content },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(stdout + stderr, { cause: error });
  }
}

/** Builds the fixture site, provides its folder to the tests, and returns what removes it. */
export default async function buildFixtureSite(project: TestProject): Promise<() => void> {
  const workdir = mkdtempSync(join(tmpdir(), 'so-tay-fixture-site-'));
  const remove = () => rmSync(workdir, { recursive: true, force: true });
  try {
    const content = fixtureContent(workdir);
    const dist = join(workdir, 'dist');
    copyFileSync(GUIDE_ENTRY.fixture, join(content, 'examples', `${GUIDE_ENTRY.id}.mdx`));
    const docx = join(workdir, 'ke-hoach-2023.docx');
    writeFileSync(
      docx,
      await planDocx(readFileSync('tests/fixtures/ke-hoach-2023.txt', 'utf8').split('\n'), 'word-lists'),
    );
    await run(importPlanCommand, content, [docx]);
    for (const kind of ['themes', 'documents', 'examples'])
      await run(newEntryCommand, content, ['--kind', kind, ...answerFlags(kind)]);
    appendFileSync(
      join(content, 'documents', '99-kl-tw.mdx'),
      '\n## Ví dụ mã\n\n```yaml\nplan: 2023\nsources: [II.1.1]\n```\n',
    );
    await astroBuild(content, dist);
    project.provide('fixtureSite', { dist });
    return remove;
  } catch (error) {
    remove();
    throw error;
  }
}
