/**
 * After the build, trims each page's inline stylesheet to the rules that page can use
 * (src/lib/css/prune.ts): Tailwind's one stylesheet for the whole site otherwise weighs
 * on every page. Runs before the security integration, which hashes the final styles: the
 * stylesheet it writes is recorded as the site's own (own-code.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, inlineStylesheet, stylePruner } from '../lib/css/prune.ts';
import { addPageStyle, isOwnStyle } from './own-code.ts';

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
        // First the site's JavaScript, files and inline scripts: what scripts add is kept everywhere.
        const scripts: string[] = await Promise.all(
          files
            .filter((file) => file.endsWith('.js') && !NOT_PAGE_SCRIPTS.test(file))
            .map((file) => readFile(join(root, file), 'utf8')),
        );
        for (const file of pages) scripts.push(...inlineScripts(await readFile(join(root, file), 'utf8')));
        const allScripts = scripts.join('\n');

        // Then each page; pages share a few stylesheets, one pruner each.
        const pruners = new Map<string, (page: string) => string>();
        let before = 0;
        let after = 0;
        for (const file of pages) {
          const page = await readFile(join(root, file), 'utf8');
          const stylesheet = inlineStylesheet(page);
          // Only the site's own stylesheet is pruned, and the result recorded as its own for the CSP.
          if (stylesheet === undefined || !isOwnStyle(file, stylesheet)) continue;
          let prune = pruners.get(stylesheet);
          if (!prune) pruners.set(stylesheet, (prune = stylePruner(stylesheet, allScripts)));
          const pruned = prune(page);
          before += stylesheet.length;
          const kept = inlineStylesheet(pruned) ?? '';
          addPageStyle(file, kept);
          after += kept.length;
          await writeFile(join(root, file), pruned);
        }
        const share = before > 0 ? Math.round((100 * after) / before) : 100;
        logger.info(`CSS riêng từng trang: còn ${share}% so với bảng kiểu chung, ${pages.length} trang.`);
      },
    },
  };
}
