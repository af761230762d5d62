/**
 * A service worker whose only job is to remove the site's service worker and its
 * caches, then reload the open pages from the network. `astro dev` serves it as
 * /sw.js: whoever ran the built site (`npm start`) on the same address as the dev
 * server (localhost:4321) would otherwise keep getting the saved pages, and never see
 * their edits. Browsers fetch /sw.js again on navigation and install this one.
 */
export const RETIRE_SERVICE_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  );
});
`;
