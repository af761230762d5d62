/**
 * Writes dist/sw.js, the service worker, from the build's last pass (finish-site.ts), which
 * hands it each shell file's revision from the content it has in hand. Made with Workbox's
 * generateSW, with no glob: the precache list is the shell (src/lib/offline/precache.ts).
 * - pages are cached as the reader opens them (network first: a page online is always the
 *   current one), Pagefind's excerpts as results show them, other files likewise;
 * - without a network, a page that was never saved gets the offline page, which offers to
 *   save everything;
 * - a new version installs in the background and takes over when no tab of the site is
 *   open any more, i.e. on the next visit: no page in use ever has its files swapped
 *   under it (hence no skipWaiting). The first install does take control at once
 *   (clientsClaim), so that the very first visit is already cached.
 */
import { generateSW } from 'workbox-build';
import { RUNTIME_CACHES, precacheProblems } from '../lib/offline/precache.ts';
import { OFFLINE_PAGE_PATH } from '../lib/offline/routes.ts';

/** One precached file: its URL relative to the site root, and its revision (null when its name is hashed). */
export interface ShellEntry {
  url: string;
  revision: string | null;
}

/** Writes `${root}/sw.js`; returns the number of precached files, or throws with Workbox's problems. */
export async function writeServiceWorker(root: string, shell: readonly ShellEntry[]): Promise<number> {
  const { count, warnings } = await generateSW({
    // No glob: Workbox would read and hash the files again. globDirectory only switches its precache on.
    globDirectory: root,
    globPatterns: [],
    additionalManifestEntries: [...shell],
    swDest: `${root}/sw.js`,
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // Query strings never change a static page (`/tim-kiem/?q=…` is /tim-kiem/).
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: /\/pagefind\//,
        handler: 'StaleWhileRevalidate',
        options: { cacheName: RUNTIME_CACHES.search },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: RUNTIME_CACHES.pages,
          // A search result opens its page with the query in the address (`?hl=…`).
          matchOptions: { ignoreSearch: true },
          precacheFallback: { fallbackURL: `${OFFLINE_PAGE_PATH}index.html` },
        },
      },
      {
        // Written out into sw.js, so literals only: the open data and the "save everything"
        // list (SAVE_ALL_PATH) always come from the network.
        urlPattern: ({ sameOrigin, url }) =>
          sameOrigin && !url.pathname.startsWith('/api/') && url.pathname !== '/ngoai-tuyen/ca-so-tay.json',
        handler: 'StaleWhileRevalidate',
        options: { cacheName: RUNTIME_CACHES.files },
      },
    ],
  });
  const problems = precacheProblems(warnings);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return count;
}
