/**
 * The one rule for URLs in content (SPEC §6), shared by the schemas, the published JSON
 * Schemas, `npm run new`, the plan importer and MDX bodies: an external link is `https:`
 * or `http:` to a named host; an internal link is a site-relative path (`/van-ban/…`) or a
 * `#fragment`; anything else (`javascript:`, `data:`, `//host`, a relative path) is
 * refused. The scheme is compared after decoding HTML entities, trimming and lower-casing,
 * as a browser would read it, so `jav&#x61;script:` or ` JAVASCRIPT:` is no way round.
 * A leaf module: it imports nothing of ours.
 */
import { decodeHtml } from './entities.ts';

/**
 * An external URL as written, also the `pattern` of the published JSON Schemas: http or
 * https in any case, a host, and no white space, control character or backslash anywhere.
 * A string it matches is external under `urlKind` too.
 */
export const EXTERNAL_URL =
  // eslint-disable-next-line no-control-regex -- control characters are what it excludes.
  /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\\/?#\u0000-\u001f\u007f]+(?:[/?#][^\s\\\u0000-\u001f\u007f]*)?$/;
/** A path on this site: one slash, not two (`//host` is another site), no backslash (`/\host` is too). */
const INTERNAL_URL = /^(?:\/(?![/\\])|#)[^\s\\]*$/;
/** Characters no URL may carry: browsers drop tabs and newlines inside a URL, so `java\tscript:` is `javascript:`. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What a URL is under the rule: a link to another site, a link within this one, or refused. */
export type UrlKind = 'external' | 'internal' | 'refused';

/** Classifies a URL as written in content (front matter or an MDX body). */
export function urlKind(url: string): UrlKind {
  const decoded = decodeHtml(url).trim();
  if (CONTROL.test(decoded)) return 'refused';
  if (EXTERNAL_URL.test(decoded)) return 'external';
  return INTERNAL_URL.test(decoded) ? 'internal' : 'refused';
}

/** True for a link to another site: `https://…` or `http://…`. */
export function isExternalUrl(url: string): boolean {
  return urlKind(url) === 'external';
}
