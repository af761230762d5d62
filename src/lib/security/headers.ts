/**
 * The HTTP headers the site is served with, whatever the host: security headers on every
 * response, and how long each kind of file may be cached. `dist/_headers` (for static
 * hosts that read one) is written from here; `deploy/nginx.conf` sets the same values
 * and the nginx test checks that they match.
 */

/**
 * The part of the Content-Security-Policy that only a header can carry (a <meta> policy
 * ignores frame-ancestors) or that must also cover workers, which a page's <meta> does
 * not reach. Scripts and styles are governed by each page's own <meta> policy (csp.ts).
 */
export const HEADER_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose names change with their content: they may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Everything else is checked with the server before each use (cheap: ETag / Last-Modified). */
export const REVALIDATE = 'no-cache';

/** Path patterns (as `_headers` writes them) of files named by their content hash. */
export const IMMUTABLE_PATHS: readonly string[] = [
  '/_astro/*',
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
];

/**
 * The `_headers` file of Netlify, Cloudflare Pages and similar hosts. Those hosts join
 * the values of every rule a path matches, so Cache-Control appears only in rules that
 * cannot overlap; pages and the service worker get `no-cache` on their own.
 */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block('/*', { ...SECURITY_HEADERS }),
    ...IMMUTABLE_PATHS.map((path) => block(path, { 'Cache-Control': IMMUTABLE })),
    block('/sw.js', { 'Cache-Control': REVALIDATE }),
  ].join('\n\n')}\n`;
}
