/** `/robots.txt`: every page may be crawled; where the sitemap is. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  // No sitemap without a site address (src/lib/site-config.ts).
  new Response(
    `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
