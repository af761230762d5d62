/**
 * Registers the service worker the build writes (src/integrations/service-worker.ts), so
 * that the pages a reader opened, and search, keep working without a network.
 * Registration waits for the page's load event, so it never competes with the page.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    // Browsers refuse registration in some modes (private windows, policies): the site then stays online-only.
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
