/**
 * Gives headings in MDX content ASCII ids (`## Thông điệp chính` → `#thong-diep-chinh`),
 * so links to them stay readable when shared; Astro's default keeps the tone marks,
 * which turn into %-escapes in a URL. Runs before Astro's own heading-ids plugin, which
 * keeps an id that is already set and still collects the headings for the TOC.
 */
import type { HastPluginEntry } from 'satteri';
import { slugify } from '../format/vietnamese.ts';

/** Makes unique ids from heading texts, as GitHub does: a repeated slug gets `-1`, `-2`… */
export function createSlugger(): (text: string) => string {
  const counts = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'muc';
    const count = counts.get(base) ?? 0;
    counts.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** The Sätteri hast plugin; a factory, so each file gets a fresh slugger. */
export const asciiHeadingIds: HastPluginEntry = () => {
  const slug = createSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
};
