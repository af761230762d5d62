// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { finishSite } from './src/integrations/finish-site.ts';
import { serviceWorkerInDev } from './src/integrations/service-worker-dev.ts';
import { contentPolicy, MDX_FEATURES } from './src/lib/content-check/mdx-policy.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { siteFontFamilies } from './src/lib/fonts/site-fonts.ts';
import { docLinks } from './src/lib/markdown/doc-links.ts';
import { visibleFootnotesHeading } from './src/lib/markdown/footnotes.ts';
import { glossaryInText, loadGlossaryAbbreviations } from './src/lib/markdown/glossary-in-text.ts';
import { asciiHeadingIds } from './src/lib/markdown/heading-ids.ts';
import { CODE_THEMES, styleToClasses } from './src/lib/markdown/shiki-classes.ts';
import { NOINDEX_PATHS } from './src/lib/offline/routes.ts';
import { siteConfig, siteConfigNotice } from './src/lib/site-config.ts';

export default defineConfig({
  // The public address, from SITE_URL (src/lib/site-config.ts); without one, links are relative.
  ...(siteConfig.url && { site: siteConfig.url.href }),
  trailingSlash: 'always',
  // Keep the single space between inline elements (Astro 7's default, 'jsx', drops it),
  // so that quoted text and inline links never lose a word boundary.
  compressHTML: true,
  // Each page carries the CSS it uses, inline (src/lib/css/prune.ts), not one shared sheet:
  // measured for issue 15, the shared sheet (8.7 KB gzip) costs a first visit 2.4–4.0 KB more
  // and takes 14 reading pages over SPEC §5's 25 KB; it saves 18–20 KB over five pages and
  // about 23 KB a page of dist/ (the figures are in the closing note of issue 15).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    contentCheck(),
    {
      name: 'site-config',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const notice = siteConfigNotice(siteConfig);
          if (notice) logger.warn(notice);
        },
      },
    },
    mdx(),
    // Left out by the integration itself when there is no site address.
    sitemap({ filter: (page) => !NOINDEX_PATHS.some((path) => page.endsWith(path)) }),
    serviceWorkerInDev(),
    // NFC, CSS pruning, CSP, Pagefind and the service worker, in one pass over the pages.
    finishSite(),
    // Last: swaps the finished site into dist/ only once everything above has run.
    atomicOutput(),
  ],
  // The site's own fonts, from Fontsource packages, served from /_astro/fonts/ (src/lib/fonts/).
  // Only the local() provider: the others download from a CDN at build.
  fonts: siteFontFamilies().map(({ faces, ...family }) => ({
    ...family,
    provider: fontProviders.local(),
    options: { variants: faces },
  })),
  markdown: {
    // The content policy runs inside the build's own MDX pipeline: dev, preview and build
    // cannot render a body the checker refuses (src/lib/content-check/mdx-policy.ts).
    processor: satteri({
      features: MDX_FEATURES,
      mdastPlugins: [contentPolicy],
      hastPlugins: [
        asciiHeadingIds,
        docLinks,
        glossaryInText(loadGlossaryAbbreviations(`${contentRoot()}/glossary`)),
        visibleFootnotesHeading,
      ],
    }),
    // Token colours as classes, not style attributes: the CSP allows no inline style.
    shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: [styleToClasses] },
  },
  vite: {
    plugins: [tailwindcss()],
    // The search worker is an ES module: it imports Pagefind's script at run time.
    worker: { format: 'es' },
    build: {
      // Scripts as files, cached once for every page, rather than copied into each page
      // (issue 15: a five-page visit −7 %, dist/ −4.5 KB a page); scripts under 1 KB stay in
      // the page (a request costs more than their bytes), and so does the slides' script,
      // whose page a trainer projects or saves as one file.
      assetsInlineLimit: (file, content) =>
        file.endsWith('.js') ? content.length < 1024 || /(?:^|\/)SlideDeck\.astro_/.test(file) : undefined,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Harmless noise on every MDX entry: withastro/astro#18087.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
