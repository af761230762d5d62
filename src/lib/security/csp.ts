/**
 * The Content-Security-Policy of each built page: the inline scripts and styles the
 * site's own pipeline wrote into it are allowed by their SHA-256 hashes, and nothing else
 * inline runs — no `'unsafe-inline'`, no `style=` attribute (reading pages have none;
 * Shiki's colours are classes). Which code is the site's own is decided by the pipeline
 * (src/integrations/own-code.ts), never by what the page carries: content that slips a
 * <script> or <style> into a page gets no hash. Astro's `security.csp` is not used: it
 * does not hash `is:inline` scripts, and the per-page CSS pruning rewrites each inline
 * stylesheet after Astro would have hashed it. The policy travels in a <meta> element,
 * so it holds on any static host; the directives a <meta> cannot carry (frame-ancestors)
 * are sent as a header (see headers.ts).
 */
import { decodeHtml } from '../format/entities.ts';
import { createHash } from 'node:crypto';

/** The inline code of a page that a policy has to allow. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** Whether the page loads images or CSS from `data:` URLs. */
  usesDataUrls: boolean;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const TAG = /<[a-zA-Z][^>]*>/g;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;
const DATA_URL = /(?:\ssrc\s*=\s*["']?|url\(\s*["']?)data:/i;
/** The `type` values that make a <script> run (anything else is a data block, e.g. JSON-LD). */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Finds the inline scripts (not data blocks, not external ones), styles and style attributes of a page. */
export function findInlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    const typeMatch = TYPE_ATTRIBUTE.exec(attributes!);
    const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? '').trim().toLowerCase();
    if (SCRIPT_TYPES.has(type) && !SRC_ATTRIBUTE.test(attributes!)) scripts.push(body!);
  }
  const styles = [...html.matchAll(STYLE)].map((match) => match[1]!);
  const markup = html.replaceAll(SCRIPT, '').replaceAll(STYLE, '');
  const styleAttributes = [...markup.matchAll(TAG)].flatMap((tag) => {
    const match = STYLE_ATTRIBUTE.exec(tag[0]);
    return match ? [decodeHtml(match[1] ?? match[2] ?? '')] : [];
  });
  return { scripts, styles, styleAttributes, usesDataUrls: DATA_URL.test(html) };
}

/**
 * The part of a page's inline code that the site's own pipeline wrote, as the predicates
 * say; `style=` attributes are never allowed, and `data:` images only where the site's own
 * styles use them.
 */
export function ownInlineCode(
  code: InlineCode,
  own: { script: (code: string) => boolean; style: (code: string) => boolean },
): InlineCode {
  const styles = code.styles.filter(own.style);
  return {
    scripts: code.scripts.filter(own.script),
    styles,
    styleAttributes: [],
    usesDataUrls: styles.some((style) => DATA_URL.test(style)),
  };
}

/** The CSP source expression of a piece of inline code: `'sha256-…'`. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

function hashes(codes: readonly string[]): string[] {
  return [...new Set(codes.map(cspHash))];
}

/**
 * The policy of a page: its own origin only, Pagefind's WebAssembly
 * (`'wasm-unsafe-eval'`), and exactly the inline code the page carries.
 */
export function pagePolicy(code: InlineCode): string {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes(code.scripts)].join(' '),
    ['style-src', "'self'", ...hashes(code.styles)].join(' '),
    ...(code.styleAttributes.length > 0
      ? [['style-src-attr', "'unsafe-hashes'", ...hashes(code.styleAttributes)].join(' ')]
      : []),
    code.usesDataUrls ? "img-src 'self' data:" : undefined,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  return directives.filter(Boolean).join('; ');
}

const CHARSET = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i;
const HEAD = /<head(?:\s[^>]*)?>/i;

/**
 * Puts the policy in a <meta> at the very top of <head> (after the charset), before any
 * script or style it governs. Throws when the page has no <head>: a page must not
 * silently go out without a policy.
 */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const anchor = CHARSET.exec(html) ?? HEAD.exec(html);
  if (!anchor) throw new Error('Trang không có thẻ <head>: không đặt được Content-Security-Policy.');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
