/**
 * The CI workflows of hosted mode (.github/ and .forgejo/workflows/deploy.yml): a pull
 * request is tested; a merge into main is tested, then built for release and published;
 * the secrets they use are the ones docs/trinh-sua-may-chu.md tells the administrator to set.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] }; pull_request: { branches: string[] } };
  jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
}

const guide = readFileSync('docs/trinh-sua-may-chu.md', 'utf8');

describe.each(['.github/workflows/deploy.yml', '.forgejo/workflows/deploy.yml'])('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const workflow = parse(text) as Workflow;
  const runs = (job: string) => workflow.jobs[job]!.steps.map((step) => step.run ?? '').join('\n');

  it('tests pull requests and merges into main with npm ci && npm test', () => {
    expect(workflow.on.pull_request.branches).toEqual(['main']);
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(runs('test')).toMatch(/^npm ci\nnpm test$/m);
  });

  it('deploys only after the tests pass, only on a push to main, a release build of dist/', () => {
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('test');
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    const build = deploy.steps.find((step) => step.run === 'npm run build')!;
    expect(build.env).toMatchObject({ RELEASE: '1', SITE_URL: '${{ vars.SITE_URL }}' });
    expect(runs('deploy')).toContain('rsync -a --delete');
    expect(runs('deploy')).toContain(' dist/ ');
  });

  it('uses only the secrets and variables the documentation lists', () => {
    const used = [...text.matchAll(/\$\{\{ (secrets|vars)\.(\w+) \}\}/g)].map((m) => m[2]!);
    expect(used.length).toBeGreaterThan(0);
    for (const name of new Set(used)) expect(guide).toContain(`\`${name}\``);
  });
});
