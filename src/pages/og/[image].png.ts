/** `/og/<key>.png`: the link-preview images (Open Graph, X/Twitter), rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import {
  SHARE_IMAGE_KEYS,
  shareImageSvg,
  shareImageText,
  type ShareImageKey,
} from '../../lib/share-image.ts';

export const getStaticPaths = (() =>
  SHARE_IMAGE_KEYS.map((key) => ({ params: { image: key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const emblem = await readFile('public/favicon.svg', 'utf8');
  const svg = shareImageSvg(shareImageText(params['image'] as ShareImageKey, emblem));
  const png = await sharp(Buffer.from(svg)).png({ palette: true, effort: 1, compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
