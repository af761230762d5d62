/**
 * After the build, puts every page and data file in Unicode NFC. The site's fonts come in
 * Latin and Vietnamese subsets that hold the precomposed letters (ễ is U+1EC5): a
 * decomposed "ễ" (e, U+0302, U+0303), as some keyboards and copied text give it, needs a
 * combining circumflex that neither subset has, so its marks would come from another font
 * and stack wrongly. Editors' text is NFC already (tests/site/nfc.test.ts checks the
 * build); this makes sure of it. Runs before the CSS pruning and the security integration,
 * which hashes the final inline code.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files a reader or another program reads as text. */
export const TEXT_FILES = /\.(?:html|json|xml|ics|txt|webmanifest)$/;

/** Rewrites the text files under `root` that are not NFC; returns their paths, relative to `root`. */
export async function normalizeFolder(root: string): Promise<string[]> {
  const files = (await readdir(root, { recursive: true }))
    .map(String)
    .filter((file) => TEXT_FILES.test(file));
  const changed: string[] = [];
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8');
    const nfc = text.normalize('NFC');
    if (nfc === text) continue;
    await writeFile(join(root, file), nfc);
    changed.push(file);
  }
  return changed;
}

/** The integration. */
export function nfcText(): AstroIntegration {
  return {
    name: 'so-tay:nfc-text',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const changed = await normalizeFolder(fileURLToPath(dir));
        if (changed.length > 0) logger.info(`Đưa về dạng NFC (chữ dựng sẵn): ${changed.join(', ')}`);
      },
    },
  };
}
