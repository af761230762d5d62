/**
 * A failed build leaves the previous site untouched (SPEC §6, audit P8): `astro build`
 * writes into a sibling folder (`dist.partial/`), and only when every other integration's
 * `astro:build:done` has run does that folder replace `dist/` (rename the old one aside,
 * rename the new one in, delete the old). A build that stops anywhere before leaves
 * `dist/` exactly as it was; the next build clears the leftover partial folder.
 *
 * Invariant this relies on: it is the LAST integration in astro.config.mjs, and every
 * step that writes the site (pages, then finish-site.ts: CSS pruning, CSP, Pagefind, the
 * service worker) runs inside `astro build`, before this hook: `npm run build` is
 * `astro build` alone.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Replaces `target` by `built`, never leaving a half-written `target`. */
export function swapInto(built: string, target: string): void {
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(built, target);
  rmSync(old, { recursive: true, force: true });
}

/** The integration; place it last. */
export function atomicOutput(): AstroIntegration {
  let target: string | undefined;
  return {
    name: 'so-tay:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        const partial = `${target}.partial`;
        rmSync(partial, { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${partial}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (target === undefined) return;
        swapInto(fileURLToPath(dir).replace(/[\\/]$/, ''), target);
        logger.info(`Bản dựng hoàn tất: đã thay ${target} bằng bản mới.`);
      },
    },
  };
}
