/**
 * `/print-origin.css`: the site's canonical origin as a CSS variable, for the print
 * stylesheet to print internal links as full addresses. A static file (not an inline
 * style) so that it works without JavaScript and under a strict Content-Security-Policy;
 * BaseLayout links it with media="print", so browsers fetch it late and apply it only on paper.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  // Without a site address, internal links print as site paths (src/lib/site-config.ts).
  const origin = site ? new URL('/', site).origin : '';
  return new Response(`:root{--site-origin:${JSON.stringify(origin)}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
