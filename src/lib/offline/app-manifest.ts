/**
 * What makes the site installable: the web app manifest and its icons, all drawn from
 * `public/favicon.svg` at build so that the emblem has a single source.
 */
import { COLLECTION_PATHS, SITE_NAME, SITE_TAGLINE } from '../site.ts';

/** The brand red of the emblem, used as the installed app's theme colour. */
export const BRAND_COLOR = '#a3161c';

/** The light page background, shown while the installed app starts. */
export const PAGE_COLOR = '#fbfaf7';

/** One PNG icon the build renders from the favicon. */
export interface AppIcon {
  /** File name without extension, under `/icons/`. */
  name: string;
  size: number;
  /** `maskable` icons are cropped to a circle or squircle by the phone: they need a full background. */
  purpose: 'any' | 'maskable';
  /** A background behind the emblem, for icons that must be opaque. */
  background?: string;
  /** How much of the icon the emblem covers (1 = edge to edge). */
  scale: number;
}

/** The icons: the two sizes installers require, a maskable one, and Apple's touch icon. */
export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any', scale: 1 },
  { name: 'icon-512', size: 512, purpose: 'any', scale: 1 },
  // Maskable icons keep their content inside the central 80 % circle (the "safe zone").
  { name: 'maskable-512', size: 512, purpose: 'maskable', background: BRAND_COLOR, scale: 0.8 },
  { name: 'apple-touch-icon', size: 180, purpose: 'any', background: BRAND_COLOR, scale: 0.9 },
];

/** The URL path of an icon. */
export function appIconPath(icon: AppIcon): string {
  return `/icons/${icon.name}.png`;
}

/** The SVG of an icon: the favicon centred on the icon's background, at the icon's scale. */
export function appIconSvg(faviconSvg: string, icon: AppIcon): string {
  const inner = Math.round(icon.size * icon.scale);
  const offset = Math.round((icon.size - inner) / 2);
  const emblem = `data:image/svg+xml;base64,${Buffer.from(faviconSvg).toString('base64')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}">`,
    icon.background ? `<rect width="100%" height="100%" fill="${icon.background}"/>` : '',
    `<image href="${emblem}" x="${offset}" y="${offset}" width="${inner}" height="${inner}"/>`,
    '</svg>',
  ].join('');
}

/** The web app manifest (`/manifest.webmanifest`). */
export function webAppManifest(latestPlanYear: number | undefined) {
  return {
    id: '/',
    name: SITE_NAME,
    short_name: 'Đại đoàn kết',
    description: SITE_TAGLINE,
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: PAGE_COLOR,
    theme_color: BRAND_COLOR,
    categories: ['education', 'government'],
    icons: [
      { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      ...APP_ICONS.filter((icon) => icon.name !== 'apple-touch-icon').map((icon) => ({
        src: appIconPath(icon),
        type: 'image/png',
        sizes: `${icon.size}x${icon.size}`,
        purpose: icon.purpose,
      })),
    ],
    shortcuts: [
      { name: 'Tìm kiếm', url: '/tim-kiem/' },
      ...(latestPlanYear
        ? [{ name: `Kế hoạch ${latestPlanYear}`, url: `/ke-hoach/${latestPlanYear}/` }]
        : []),
      { name: 'Chủ đề tuyên truyền', url: COLLECTION_PATHS.themes },
      { name: 'Bài giảng', url: COLLECTION_PATHS.lessons },
    ],
  };
}
