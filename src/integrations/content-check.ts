/**
 * Runs the content checker before Astro reads any content, so that an editor's mistake
 * stops the build with Vietnamese messages naming the file and field (SPEC §6), instead
 * of Astro's English schema errors or, for dangling references, no error at all.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check/check.ts';
import { formatReport } from '../lib/content-check/problem.ts';
import { contentRoot } from '../lib/content-root.ts';

/** The integration; in `astro dev` problems are logged, in `astro build` they fail the build. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'so-tay:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = checkContent([contentRoot()]);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
