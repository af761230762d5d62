/**
 * The build's last pass over the written site (issue 15: one build), inside `astro build`
 * and before atomic-output swaps the result in. Each page is read once, rewritten in
 * memory, written once:
 * 1. NFC: the site's fonts hold only precomposed Vietnamese letters (ễ is U+1EC5); a
 *    decomposed one, as some keyboards give it, would take its marks from another font.
 *    Data files (JSON, XML, .ics…) get the same, written only when they change.
 * 2. CSS pruning: each page's inline stylesheet trimmed to the rules it can use
 *    (src/lib/css/prune.ts), the result recorded as the site's own (own-code.ts).
 * 3. CSP: each page gets a policy that allows by hash only the site's own inline code
 *    (own-code.ts, src/lib/security/csp.ts); `_headers` for hosts that read one.
 * 4. Search: Pagefind indexes the final page through its Node API, from the text in hand.
 * 5. Offline: the service worker precaches the shell, with revisions from the same
 *    content, and the "save everything" list is written with every file's size.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { inlineScripts, inlineStylesheet, stylePruner } from '../lib/css/prune.ts';
import { HASHED_FILES, SAVE_ALL_PATH, saveAllList, shellFiles } from '../lib/offline/precache.ts';
import { findInlineCode, ownInlineCode, pagePolicy, withPolicy } from '../lib/security/csp.ts';
import { headersFile } from '../lib/security/headers.ts';
import { addPageStyle, isOwnScript, isOwnStyle, ownCodeCollector, resetOwnCode } from './own-code.ts';
import { type ShellEntry, writeServiceWorker } from './service-worker.ts';

/** The files a reader or another program reads as text: pages and data files, put in NFC. */
export const TEXT_FILES = /\.(?:html|json|xml|ics|txt|webmanifest)$/;

/** The text in NFC, and whether it changed. */
export function toNfc(text: string): { text: string; changed: boolean } {
  const nfc = text.normalize('NFC');
  return { text: nfc, changed: nfc !== text };
}

/** A file's revision for the precache: a digest of its content. */
function revision(content: string | Uint8Array): string {
  return createHash('md5').update(content).digest('hex');
}

/** Runs `work` on every item, `limit` at a time (a few thousand open files at once is too many). */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Every file under `root`, relative, with `/` separators. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .replaceAll('\\', '/'),
    );
}

/** Steps 1–3 on every page and data file; returns the final pages. */
async function rewritePages(root: string, logger: AstroIntegrationLogger): Promise<Map<string, string>> {
  const files = await filesUnder(root);
  const pages = new Map<string, string>();
  const nfcChanged: string[] = [];
  await eachLimited(
    files.filter((file) => TEXT_FILES.test(file)),
    32,
    async (file) => {
      const { text, changed } = toNfc(await readFile(join(root, file), 'utf8'));
      if (changed) nfcChanged.push(file);
      if (file.endsWith('.html')) pages.set(file, text);
      else if (changed) await writeFile(join(root, file), text);
    },
  );
  if (nfcChanged.length > 0) logger.info(`Đưa về dạng NFC (chữ dựng sẵn): ${nfcChanged.sort().join(', ')}`);

  // What scripts add to a page is kept by the pruner everywhere: the site's JavaScript files
  // (Pagefind and the service worker are written later) and every page's inline scripts.
  const scripts = await Promise.all(
    files.filter((file) => file.endsWith('.js')).map((file) => readFile(join(root, file), 'utf8')),
  );
  // Each distinct inline script once: most are the same on every page.
  const inline = new Set([...pages.values()].flatMap((page) => inlineScripts(page)));
  const allScripts = [...scripts, ...inline].join('\n');

  const pruners = new Map<string, (page: string) => string>();
  let before = 0;
  let after = 0;
  for (const [file, original] of pages) {
    let page = original;
    const stylesheet = inlineStylesheet(page);
    // Only the site's own stylesheet is pruned, and the result recorded as its own for the CSP.
    if (stylesheet !== undefined && isOwnStyle(file, stylesheet)) {
      let prune = pruners.get(stylesheet);
      if (!prune) pruners.set(stylesheet, (prune = stylePruner(stylesheet, allScripts)));
      page = prune(page);
      const kept = inlineStylesheet(page) ?? '';
      addPageStyle(file, kept);
      before += stylesheet.length;
      after += kept.length;
    }
    const own = ownInlineCode(findInlineCode(page), {
      script: isOwnScript,
      style: (style) => isOwnStyle(file, style),
    });
    pages.set(file, withPolicy(page, pagePolicy(own)));
  }
  await eachLimited([...pages], 32, ([file, page]) => writeFile(join(root, file), page));
  await writeFile(join(root, '_headers'), headersFile());
  const share = before > 0 ? Math.round((100 * after) / before) : 100;
  logger.info(
    `${pages.size} trang: CSS riêng còn ${share}% so với bảng kiểu chung; Content-Security-Policy; _headers.`,
  );
  return pages;
}

/** Step 4: the Pagefind index of the final pages, as `pagefind --site dist` (no other options) made it. */
async function indexPages(root: string, pages: ReadonlyMap<string, string>): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('\n')}`);
  try {
    // sourcePath, not url: Pagefind then makes each result's URL exactly as its CLI does.
    await eachLimited([...pages], 16, async ([file, content]) => {
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${file}: ${added.errors.join('\n')}`);
    });
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('\n')}`);
  } finally {
    await pagefind.close();
  }
}

/** Step 5: the service worker with the shell precached, and the "save everything" list. */
async function writeOffline(
  root: string,
  pages: ReadonlyMap<string, string>,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const sizes = new Map<string, number>();
  await eachLimited(await filesUnder(root), 32, async (file) => {
    const page = pages.get(file);
    sizes.set(file, page === undefined ? (await stat(join(root, file))).size : Buffer.byteLength(page));
  });
  const saved = shellFiles(sizes);
  const shell: ShellEntry[] = [];
  await eachLimited([...saved], 32, async (file) => {
    const page = pages.get(file);
    const hashed = HASHED_FILES.test(file);
    shell.push({
      url: file,
      revision: hashed ? null : revision(page ?? (await readFile(join(root, file)))),
    });
  });
  shell.sort((a, b) => a.url.localeCompare(b.url));
  const list = saveAllList(sizes, saved);
  await writeFile(join(root, SAVE_ALL_PATH), JSON.stringify(list));
  const count = await writeServiceWorker(root, shell);
  const shellBytes = shell.reduce((sum, entry) => sum + (sizes.get(entry.url) ?? 0), 0);
  logger.info(
    `Service worker lưu sẵn ${count} tệp (${(shellBytes / 1e6).toFixed(1)} MB); "lưu cả sổ tay": ` +
      `${list.pages.length} trang, ${(list.bytes / 1e6).toFixed(1)} MB.`,
  );
}

/** The integration; place it just before atomic-output. */
export function finishSite(): AstroIntegration {
  return {
    name: 'so-tay:finish-site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [ownCodeCollector()] } });
      },
      'astro:build:start': () => resetOwnCode(),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/[\\/]$/, '');
        const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
          const start = performance.now();
          const result = await work();
          logger.info(`${step}: ${((performance.now() - start) / 1000).toFixed(1)} s.`);
          return result;
        };
        const pages = await timed('NFC, CSS, CSP', () => rewritePages(root, logger));
        await timed('Pagefind', () => indexPages(root, pages));
        await timed('Service worker', () => writeOffline(root, pages, logger));
      },
    },
  };
}
