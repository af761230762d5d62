/**
 * The images link previews show (Open Graph, X/Twitter cards): one for the site and one
 * per collection, drawn as SVG here and rendered to PNG at build, so no outside service
 * ever sees the site's links.
 */
import type { CollectionName } from '../schemas/registry.ts';
import { COLLECTION_PATHS, COLLECTION_TITLES, SITE_NAME } from './site.ts';

/** Which share image a page uses: the site's, or its collection's. */
export type ShareImageKey = 'site' | CollectionName;

/** The size social networks expect of a large preview image. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * Whether a collection's pages share an image of their own: stand-alone pages live at the
 * site's root (`/<slug>/`), not in a section, and use the site's.
 */
function hasOwnImage(collection: CollectionName): boolean {
  return collection !== 'pages';
}

/** Every share image the build renders. */
export const SHARE_IMAGE_KEYS: readonly ShareImageKey[] = [
  'site',
  ...(Object.keys(COLLECTION_PATHS) as CollectionName[]).filter(hasOwnImage),
];

/** The URL path of a share image. */
export function shareImagePath(key: ShareImageKey): string {
  return `/og/${key}.png`;
}

/** The share image of a page: its collection's when it lives under one, else the site's. */
export function shareImageKeyForPath(pathname: string): ShareImageKey {
  const match = (Object.entries(COLLECTION_PATHS) as [CollectionName, string][]).find(
    ([collection, path]) => hasOwnImage(collection) && pathname.startsWith(path),
  );
  return match ? match[0] : 'site';
}

/** Breaks `text` into lines of at most `width` characters, at spaces. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** What a share image says, and the emblem drawn beside it (an SVG file's text). */
export interface ShareImageText {
  heading: string;
  subheading: string;
  footer: string;
  emblemSvg: string;
}

/** What the share image of `key` says, around the given emblem (the favicon's SVG). */
export function shareImageText(key: ShareImageKey, emblemSvg: string): ShareImageText {
  return {
    heading: SITE_NAME,
    subheading:
      key === 'site'
        ? 'Tra cứu công tác tuyên truyền, vận động xây dựng khối đại đoàn kết toàn dân'
        : COLLECTION_TITLES[key],
    footer: 'Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng',
    emblemSvg,
  };
}

/** The SVG of a share image: brand red, the emblem, the site name, the section, the issuer. */
export function shareImageSvg({ heading, subheading, footer, emblemSvg }: ShareImageText): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  const emblem = `data:image/svg+xml;base64,${Buffer.from(emblemSvg).toString('base64')}`;
  const font = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', Arial, sans-serif";
  const subLines = wrapLines(subheading, 28)
    .slice(0, 3)
    .map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : 64}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#a3161c"/>`,
    `<rect y="${height - 16}" width="${width}" height="16" fill="#f5c400"/>`,
    // A white disc, so that the emblem's red circle stands out from the red background.
    `<circle cx="${width - 160}" cy="${height - 250}" r="100" fill="#ffffff"/>`,
    `<image href="${emblem}" x="${width - 250}" y="${height - 340}" width="180" height="180"/>`,
    `<text x="80" y="150" font-family="${font}" font-size="76" font-weight="bold" fill="#ffffff">${escapeXml(heading)}</text>`,
    `<text x="80" y="300" font-family="${font}" font-size="54" fill="#f5c400">${subLines}</text>`,
    `<text x="80" y="${height - 70}" font-family="${font}" font-size="30" fill="#ffffff">${escapeXml(footer)}</text>`,
    '</svg>',
  ].join('');
}
