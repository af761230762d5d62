/**
 * `npm test`: every check of the project, in layers that run their steps side by side —
 * type check ∥ lint ∥ unit (with coverage) ∥ editor; then the build; then the built-site
 * checks ∥ the browser tests ∥ the integration tests. A layer starts only when the one
 * before passed; each line of output is prefixed with its step's name; the exit code is
 * non-zero if any step failed. At the end, a table of each step's time (for the figures
 * in commit messages). `npm test -- unit lint` runs only the named steps, in their layers.
 *
 * Two layers are never run at once: the build replaces dist/ that the last layer reads,
 * and the browser tests run two browsers at a time (playwright.config.ts).
 *
 * The integration tests (tests/integration/: builds of a small fixture site, one run of
 * each editor command) need no dist/, but run in the last layer, measured: the first
 * layer keeps both cores busy (1.6 cores on average) and took 15 s longer with them,
 * while beside the browser tests their 30 s of CPU cost 8 s (the browser tests are
 * CPU-bound too: a third worker made them slower). They never run beside the build, nor
 * beside `astro check`: each Astro build of this folder rewrites its .astro/.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  script: string;
  env?: Record<string, string>;
}

const SITE_URL = 'https://so-tay.mattran.test/';

const LAYERS: Step[][] = [
  [
    { name: 'check', script: 'check' },
    { name: 'lint', script: 'lint' },
    { name: 'unit', script: 'test:unit' },
    { name: 'editor', script: 'test:editor' },
  ],
  [{ name: 'build', script: 'build', env: { SITE_URL } }],
  [
    { name: 'site', script: 'test:site' },
    { name: 'e2e', script: 'test:e2e' },
    { name: 'integration', script: 'test:integration' },
  ],
];

/** Writes a child's output line by line, each line prefixed with the step's name. */
function prefixed(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream, prefix: string): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(`${prefix}${rest}\n`);
  });
}

/** Runs one step through npm; resolves with whether it passed and how long it took. */
function run(step: Step, width: number): Promise<{ step: Step; ok: boolean; seconds: number }> {
  const started = performance.now();
  const prefix = `[${step.name}]`.padEnd(width + 3);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], {
      env: { ...process.env, ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prefixed(child.stdout, process.stdout, prefix);
    prefixed(child.stderr, process.stderr, prefix);
    child.on('close', (code) =>
      resolve({ step, ok: code === 0, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const only = process.argv.slice(2);
const layers = LAYERS.map((layer) =>
  layer.filter((step) => only.length === 0 || only.includes(step.name)),
).filter((layer) => layer.length > 0);
const width = Math.max(...layers.flat().map((step) => step.name.length));
const times: string[] = [];
let failed: string[] = [];
const total = performance.now();
for (const [index, layer] of layers.entries()) {
  const started = performance.now();
  const results = await Promise.all(layer.map((step) => run(step, width)));
  const seconds = (performance.now() - started) / 1000;
  times.push(
    `layer ${index + 1} (${seconds.toFixed(0)} s): ${results.map((r) => `${r.step.name} ${r.seconds.toFixed(0)} s${r.ok ? '' : ' FAILED'}`).join(', ')}`,
  );
  failed = results.filter((result) => !result.ok).map((result) => result.step.name);
  if (failed.length > 0) break;
}
console.log(`\n${times.join('\n')}\ntotal ${((performance.now() - total) / 1000).toFixed(0)} s`);
if (failed.length > 0) {
  console.error(`npm test: failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
