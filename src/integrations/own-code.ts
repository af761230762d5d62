/**
 * What the site's own build wrote inline, known from the pipeline itself, never from
 * what a page happens to carry (SPEC §6: the CSP trusts only the site's own code):
 * - the client scripts and stylesheets Vite bundled (Astro inlines the small scripts and,
 *   with `inlineStylesheets: 'always'`, every stylesheet), read in the client build's
 *   `generateBundle` before Astro takes them out of the bundle to inline them;
 * - the `is:inline` scripts the components define (src/lib/security/inline-scripts.ts);
 * - the `@font-face` sheets Astro's Fonts API writes with `<Font>`, read from the module
 *   its Vite plugin generates for that component (`fontFaceSheets`);
 * - each page's stylesheet as the CSS pruning in finish-site.ts rewrote it (recorded there).
 * A `<script>` or `<style>` planted by content is none of these, so it gets no hash.
 */
import type { Plugin } from 'vite';
import { SITE_INLINE_SCRIPTS } from '../lib/security/inline-scripts.ts';

/** The marker Vite leaves at the end of a CSS asset until it finishes the bundle (`/*$vite$:1*\/`). */
const VITE_CSS_MARKER = /\/\*\$vite\$:\d+\*\/\s*$/;

/** The inline code one build produced. */
export interface OwnCode {
  /** Text of every script the site may inline, trimmed. */
  scripts: Set<string>;
  /** Text of every stylesheet the bundle made, before any pruning. */
  styles: Set<string>;
  /** Per page file (relative to dist/), the stylesheets the build rewrote for it. */
  pageStyles: Map<string, Set<string>>;
}

/** The build's own code; the security integration resets it when a build starts. */
export const ownCode: OwnCode = {
  scripts: new Set(SITE_INLINE_SCRIPTS.map((script) => script.trim())),
  styles: new Set(),
  pageStyles: new Map(),
};

/** Records a stylesheet a build step wrote into a page. */
export function addPageStyle(page: string, style: string): void {
  const styles = ownCode.pageStyles.get(page) ?? new Set<string>();
  styles.add(style);
  ownCode.pageStyles.set(page, styles);
}

/** True for an inline script the site itself wrote. */
export function isOwnScript(code: string): boolean {
  return ownCode.scripts.has(code.trim());
}

/**
 * True for an inline stylesheet the site itself wrote into this page: one that a build
 * step recorded for it, or the bundle's sheets end to end (Astro joins a page's inline
 * sheets into one <style>).
 */
export function isOwnStyle(page: string, style: string): boolean {
  if (ownCode.pageStyles.get(page)?.has(style)) return true;
  let rest = style;
  while (rest !== '') {
    const sheet = [...ownCode.styles].find((candidate) => candidate !== '' && rest.startsWith(candidate));
    if (sheet === undefined) return false;
    rest = rest.slice(sheet.length);
  }
  return style !== '';
}

/** Forgets a previous build's code (a programmatic caller may build twice in one process). */
export function resetOwnCode(): void {
  ownCode.scripts = new Set(SITE_INLINE_SCRIPTS.map((script) => script.trim()));
  ownCode.styles.clear();
  ownCode.pageStyles.clear();
}

/** The module Astro's Fonts API generates for `<Font>`: each family's `@font-face` CSS. */
const FONTS_MODULE = /^\0virtual:astro:assets\/fonts\/internal$/;

/**
 * The stylesheets in the Fonts API's generated module (`componentDataByCssVariable`, a Map
 * written as JSON). Anything else yields nothing, so a change in Astro fails closed: the
 * fonts' styles would go unhashed and the security test names them.
 */
export function fontFaceSheets(moduleCode: string): string[] {
  const json = /componentDataByCssVariable\s*=\s*new Map\((.*?)\);\s*export /s.exec(moduleCode)?.[1];
  if (json === undefined) return [];
  const entries = JSON.parse(json) as unknown;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const css = Array.isArray(entry) ? (entry[1] as { css?: unknown } | undefined)?.css : undefined;
    return typeof css === 'string' ? [css] : [];
  });
}

/** The Vite plugin that reads the client bundle; `enforce: 'pre'` so it sees the chunks Astro will inline. */
export function ownCodeCollector(): Plugin {
  return {
    name: 'so-tay:own-code',
    enforce: 'pre',
    // Scripts come from the client build; Astro inlines the stylesheets of every build
    // (the prerendered pages' CSS comes from the server-side ones).
    applyToEnvironment: (environment) => ['client', 'ssr', 'prerender'].includes(environment.name),
    transform: {
      filter: { id: FONTS_MODULE },
      handler(code) {
        for (const sheet of fontFaceSheets(code)) ownCode.styles.add(sheet);
        return null;
      },
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && this.environment.name === 'client')
          ownCode.scripts.add(output.code.trim());
        // Vite removes its marker after this hook, before Astro inlines the sheet.
        else if (output.type === 'asset' && output.fileName.endsWith('.css'))
          ownCode.styles.add(String(output.source).replace(VITE_CSS_MARKER, ''));
      }
    },
  };
}
