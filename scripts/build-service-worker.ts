/**
 * Writes dist/sw.js, the service worker, once `astro build` and `pagefind` have written
 * the site (`npm run build` runs it last). Made with Workbox's generateSW:
 * - precaches every page, asset and icon, and Pagefind's index (src/lib/offline/precache.ts);
 * - caches Pagefind's other files as pages use them;
 * - without a network, a page that was never saved gets the offline page;
 * - a new version installs in the background and takes over when no tab of the site is
 *   open any more, i.e. on the next visit: no page in use ever has its files swapped
 *   under it (hence no skipWaiting). The first install does take control at once
 *   (clientsClaim), so that the very first visit is already cached.
 * Usage: `node scripts/build-service-worker.ts [site folder, default dist]`.
 */
import { generateSW } from 'workbox-build';
import {
  HASHED_FILES,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  precacheProblems,
} from '../src/lib/offline/precache.ts';
import { OFFLINE_PAGE_PATH } from '../src/lib/offline/routes.ts';

const root = process.argv[2] ?? 'dist';
const { count, size, warnings } = await generateSW({
  globDirectory: root,
  globPatterns: [...PRECACHE_GLOBS],
  globIgnores: [...PRECACHE_IGNORES],
  swDest: `${root}/sw.js`,
  mode: 'production',
  inlineWorkboxRuntime: true,
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: false,
  // Query strings never change a static page (`/tim-kiem/?q=…` is /tim-kiem/).
  ignoreURLParametersMatching: [/.*/],
  dontCacheBustURLsMatching: HASHED_FILES,
  runtimeCaching: [
    {
      urlPattern: /\/pagefind\//,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'pagefind' },
    },
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: `${OFFLINE_PAGE_PATH}index.html` } },
    },
  ],
});

// A file Workbox would skip is a page missing offline: the build fails instead (audit P21).
const problems = precacheProblems(warnings);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Service worker: ${root}/sw.js lưu sẵn ${count} tệp (${(size / 1024).toFixed(0)} KB).`);
