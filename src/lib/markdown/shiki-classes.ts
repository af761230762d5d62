/**
 * Code blocks without `style` attributes: Shiki writes each token's colours (both themes,
 * `defaultColor: false`) as inline `style="--shiki-light:#…;--shiki-dark:#…"`, which a
 * strict Content-Security-Policy would have to allow by hash (`'unsafe-hashes'`). This
 * transformer turns them into classes of a fixed palette (`sl-24292e sd-e1e4e8`), defined
 * once in src/styles/shiki.css from the two themes' colours (a test holds the palette and
 * the themes equal), so reading pages carry no `style=` at all.
 */
import type { ShikiTransformer } from 'shiki';

/** The themes code is highlighted with, light then dark (astro.config.mjs). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/** The classes standing for one inline style Shiki wrote. */
export function styleClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [name, value] = declaration.split(':').map((part) => part?.trim().toLowerCase());
    if (!name || !value) continue;
    const color = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
    if (name === '--shiki-light' && color) classes.push(`sl-${color}`);
    else if (name === '--shiki-dark' && color) classes.push(`sd-${color}`);
    else if (name.endsWith('font-weight') && value === 'bold') classes.push('sh-b');
    else if (name.endsWith('font-style') && value === 'italic') classes.push('sh-i');
    else if (name.endsWith('text-decoration') && value === 'underline') classes.push('sh-u');
    // The block's own colours and overflow come from .astro-code in global.css.
  }
  return [...new Set(classes)];
}

/** The Shiki transformer: every `style` of a code block becomes palette classes. */
export const styleToClasses: ShikiTransformer = {
  name: 'so-tay:style-to-classes',
  pre(node) {
    delete node.properties['style'];
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    for (const name of styleClasses(style)) this.addClassToHast(node, name);
  },
};
