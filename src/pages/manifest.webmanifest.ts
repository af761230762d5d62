/** `/manifest.webmanifest`: makes the site installable as an app. */
import type { APIRoute } from 'astro';
import { plansNewestFirst } from '../data/entries.ts';
import { webAppManifest } from '../lib/offline/app-manifest.ts';

export const GET: APIRoute = async () => {
  const [latest] = await plansNewestFirst();
  return new Response(JSON.stringify(webAppManifest(latest?.data.year)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
