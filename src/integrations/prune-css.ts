/**
 * After the build, trims each page's inline stylesheet to the rules that page can use
 * (src/lib/css/prune.ts): Tailwind's one stylesheet for the whole site otherwise weighs
 * on every page. Runs before the security integration, which hashes the final styles.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, inlineStylesheet, stylePruner } from '../lib/css/prune.ts';

/** Files that are not the site's own page scripts: Pagefind's (loaded to search) and the service worker. */
const NOT_PAGE_SCRIPTS = /^(?:pagefind[\\/]|sw\.js$)/;

export function pruneCss(): AstroIntegration {
  return {
    name: 'so-tay:prune-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).map(String);
        const pages = files.filter((file) => file.endsWith('.html'));
        const html = new Map(
          await Promise.all(
            pages.map(async (file) => [file, await readFile(join(root, file), 'utf8')] as const),
          ),
        );
        const external = await Promise.all(
          files
            .filter((file) => file.endsWith('.js') && !NOT_PAGE_SCRIPTS.test(file))
            .map((file) => readFile(join(root, file), 'utf8')),
        );
        const scripts = [...external, ...[...html.values()].flatMap(inlineScripts)].join('\n');

        // Pages share a few stylesheets; one pruner each.
        const pruners = new Map<string, (page: string) => Promise<string>>();
        let before = 0;
        let after = 0;
        for (const [file, page] of html) {
          const stylesheet = inlineStylesheet(page);
          if (stylesheet === undefined) continue;
          let prune = pruners.get(stylesheet);
          if (!prune) pruners.set(stylesheet, (prune = stylePruner(stylesheet, scripts)));
          const pruned = await prune(page);
          before += gzipSync(stylesheet).length;
          after += gzipSync(inlineStylesheet(pruned) ?? '').length;
          await writeFile(join(root, file), pruned);
        }
        const kb = (bytes: number) => (bytes / 1000 / Math.max(pages.length, 1)).toFixed(1);
        logger.info(
          `CSS riêng từng trang: trung bình ${kb(before)} KB → ${kb(after)} KB gzip, ${pages.length} trang.`,
        );
      },
    },
  };
}
