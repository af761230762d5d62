/**
 * Registers the service worker the build writes (src/integrations/service-worker.ts), so
 * that the pages a reader opened, and search, keep working without a network.
 * Registration waits for the page's load event, so it never competes with the page.
 * On the first visit from a device (no worker controlled the page yet), once the shell is
 * saved, it tells <offline-status> how much the site now keeps on the device
 * (`so-tay:saved`, the origin's storage use in bytes), so the reader learns it once.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    const firstVisit = !navigator.serviceWorker.controller;
    // Browsers refuse registration in some modes (private windows, policies): the site then stays online-only.
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(async () => {
        if (!firstVisit) return;
        const { usage } = await navigator.storage.estimate();
        if (usage) dispatchEvent(new CustomEvent('so-tay:saved', { detail: usage }));
      })
      .catch(() => undefined);
  });
}
