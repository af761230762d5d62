/**
 * After the build, gives every page its Content-Security-Policy and writes `dist/_headers`
 * for static hosts that read one. The policy allows, by hash, only the inline scripts and
 * styles the site's own pipeline wrote (own-code.ts): a script or style that content
 * slipped into a page is never hashed, so the browser refuses to run or apply it.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInlineCode, ownInlineCode, pagePolicy, withPolicy } from '../lib/security/csp.ts';
import { headersFile } from '../lib/security/headers.ts';
import { isOwnScript, isOwnStyle, ownCodeCollector, resetOwnCode } from './own-code.ts';

/** The integration: runs once the HTML is written, before Pagefind and the service worker read it. */
export function security(): AstroIntegration {
  return {
    name: 'so-tay:security',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [ownCodeCollector()] } });
      },
      'astro:build:start': () => resetOwnCode(),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(
          pages.map(async (file) => {
            const path = join(root, file);
            const html = await readFile(path, 'utf8');
            const own = ownInlineCode(findInlineCode(html), {
              script: isOwnScript,
              style: (style) => isOwnStyle(file, style),
            });
            await writeFile(path, withPolicy(html, pagePolicy(own)));
          }),
        );
        await writeFile(join(root, '_headers'), headersFile());
        logger.info(`Content-Security-Policy cho ${pages.length} trang; đã ghi _headers.`);
      },
    },
  };
}
