/**
 * Links between the editors' documents (`docs/*.md`), written as links to the files so
 * that they work where the files are read — in the repository — and rewritten to the
 * pages that show the same files on the site.
 */
import type { HastPluginEntry } from 'satteri';

/** Each document of docs/ shown on the site, and its page. */
export const DOC_PAGES: Readonly<Record<string, string>> = {
  'huong-dan-bien-tap.md': '/huong-dan-bien-tap/',
  'cac-truong.md': '/huong-dan-bien-tap/cac-truong/',
};

/** The site address of a link to a document (`cac-truong.md#van-ban-documents`), or undefined. */
export function docPageHref(href: string): string | undefined {
  const match = /^(?:\.\/)?([\w-]+\.md)(#.*)?$/.exec(href);
  const page = match ? DOC_PAGES[match[1]!] : undefined;
  return page === undefined ? undefined : `${page}${match![2] ?? ''}`;
}

/** The Sätteri hast plugin: rewrites links to documents of docs/ to their pages. */
export const docLinks: HastPluginEntry = () => ({
  name: 'doc-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      const page = typeof href === 'string' ? docPageHref(href) : undefined;
      if (page !== undefined) ctx.setProperty(node, 'href', page);
    },
  },
});
