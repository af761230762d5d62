/**
 * After the build, gives every page its Content-Security-Policy (hashes of exactly the
 * inline code it carries, see src/lib/security/csp.ts) and writes `dist/_headers` for
 * static hosts that read one.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInlineCode, pagePolicy, withPolicy } from '../lib/security/csp.ts';
import { headersFile } from '../lib/security/headers.ts';

/** The integration: runs once the HTML is written, before Pagefind and the service worker read it. */
export function security(): AstroIntegration {
  return {
    name: 'so-tay:security',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(
          pages.map(async (file) => {
            const path = join(root, file);
            const html = await readFile(path, 'utf8');
            await writeFile(path, withPolicy(html, pagePolicy(findInlineCode(html))));
          }),
        );
        await writeFile(join(root, '_headers'), headersFile());
        logger.info(`Content-Security-Policy cho ${pages.length} trang; đã ghi _headers.`);
      },
    },
  };
}
