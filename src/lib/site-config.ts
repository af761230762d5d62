/**
 * The site's deployment settings, in one place: its public address, who publishes it and
 * how to reach them (SPEC §3 "About", §6 "No placeholder address").
 *
 * Read from the environment at build time:
 * - `SITE_URL`: the public address, e.g. `https://sotay.mattran.haiphong.vn/`. Canonical
 *   and Open Graph URLs, the feed, the sitemap, `.ics` UIDs and URLs, JSON-LD, the open-data
 *   files' absolute URLs and the printed QR codes all come from it.
 * - `SITE_PUBLISHER`: the body that publishes the handbook (shown on the about page).
 * - `SITE_CONTACT`: where readers report a wrong fact: an e-mail address or an `https:` URL.
 * - `RELEASE=1`: a release build, which refuses to run without an address and a publisher.
 *
 * Without `SITE_URL` the site still builds and works: links are site-relative, and whatever
 * needs an absolute address (canonical, og:url, og:image, feed, sitemap, JSON-LD, QR codes,
 * printed URLs, `.ics` URLs) is left out. The build says so once. No placeholder address is
 * ever published.
 */

/** The settings the build reads. */
export interface SiteConfig {
  /** The public address, ending in `/`; `undefined` when none is configured. */
  url: URL | undefined;
  /** Who publishes the handbook, when configured. */
  publisher: string | undefined;
  /** How to report a wrong fact (`mailto:` or `https:` URL), when configured. */
  contact: string | undefined;
}

/** The environment variables the settings come from. */
export type SiteEnv = Readonly<Record<string, string | undefined>>;

/** Host names reserved for documentation and tests (RFC 2606, RFC 6761): never a real site. */
const PLACEHOLDER_HOST = /(^|\.)(example|invalid|localhost|test)$|(^|\.)example\.(com|net|org)$/;

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL="${value}" không phải địa chỉ web hợp lệ (ví dụ https://sotay.mattran.vn/).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL="${value}" phải bắt đầu bằng https:// hoặc http://.`);
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function parseContact(value: string): string {
  if (/^[^@\s/:]+@[^@\s/]+\.[^@\s/]+$/.test(value)) return `mailto:${value}`;
  if (/^(mailto:[^@\s]+@|https:\/\/)\S+$/i.test(value)) return value;
  throw new Error(`SITE_CONTACT="${value}" phải là địa chỉ thư điện tử hoặc địa chỉ web https://.`);
}

/** True when an address is a documentation or test placeholder (`*.example`, `*.test`…). */
export function isPlaceholderUrl(url: URL): boolean {
  return PLACEHOLDER_HOST.test(url.hostname);
}

/**
 * The settings from an environment. Throws, with a message in Vietnamese, on a malformed
 * value, and in a release build (`RELEASE=1`) when the address or publisher is missing
 * or the address is a placeholder.
 */
export function readSiteConfig(env: SiteEnv): SiteConfig {
  const address = trimmed(env['SITE_URL']);
  const contact = trimmed(env['SITE_CONTACT']);
  const config: SiteConfig = {
    url: address === undefined ? undefined : parseUrl(address),
    publisher: trimmed(env['SITE_PUBLISHER']),
    contact: contact === undefined ? undefined : parseContact(contact),
  };
  if (trimmed(env['RELEASE']) && trimmed(env['RELEASE']) !== '0') {
    const missing = [
      config.url === undefined && 'SITE_URL (địa chỉ trang)',
      config.publisher === undefined && 'SITE_PUBLISHER (đơn vị xuất bản)',
    ].filter(Boolean);
    if (missing.length > 0)
      throw new Error(
        `Bản phát hành (RELEASE=1) cần khai báo: ${missing.join(', ')}. Xem README, mục "Địa chỉ trang".`,
      );
    if (config.url && isPlaceholderUrl(config.url))
      throw new Error(`Bản phát hành không dùng địa chỉ thử nghiệm SITE_URL="${config.url.href}".`);
  }
  return config;
}

/** The one notice a build without an address prints, or `undefined` when one is set. */
export function siteConfigNotice(config: SiteConfig): string | undefined {
  if (config.url) return undefined;
  return 'Chưa đặt SITE_URL: trang dùng liên kết tương đối, bỏ qua địa chỉ tuyệt đối (canonical, og:url, RSS, sitemap, JSON-LD, mã QR, địa chỉ in trên giấy, URL trong .ics). Đặt SITE_URL trước khi phát hành (README, mục "Địa chỉ trang").';
}

/** The absolute address of a site path when the site has one, else the path itself. */
export function siteHref(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The origin of the site's address (`https://host`), or `undefined` without one. */
export function siteOrigin(site: URL | undefined): string | undefined {
  return site?.origin;
}

/** The settings of this build, from `process.env`. */
export const siteConfig: SiteConfig = readSiteConfig(process.env);
