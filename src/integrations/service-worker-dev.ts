/**
 * In `astro dev`, answers /sw.js with a service worker that removes the built site's
 * (see src/lib/offline/retire-service-worker.ts), so that the dev server is never
 * hidden behind pages saved by `npm start` on the same address.
 */
import type { AstroIntegration } from 'astro';

/** The integration: injects the route in dev only; the build writes the real dist/sw.js. */
export function serviceWorkerInDev(): AstroIntegration {
  return {
    name: 'so-tay:service-worker-dev',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/sw.js', entrypoint: new URL('./dev-service-worker.ts', import.meta.url) });
      },
    },
  };
}
