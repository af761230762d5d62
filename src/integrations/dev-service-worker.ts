/** `/sw.js` in `astro dev` only: the service worker that retires the built site's one. */
import type { APIRoute } from 'astro';
import { RETIRE_SERVICE_WORKER } from '../lib/offline/retire-service-worker.ts';

/** Serves the retiring service worker, never cached. */
export const GET: APIRoute = () =>
  new Response(RETIRE_SERVICE_WORKER, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
