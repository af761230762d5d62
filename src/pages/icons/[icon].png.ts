/** `/icons/<name>.png`: the installed app's icons, rendered from the favicon at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { APP_ICONS, appIconSvg } from '../../lib/offline/app-manifest.ts';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const favicon = await readFile('public/favicon.svg', 'utf8');
  const png = await sharp(Buffer.from(appIconSvg(favicon, props.icon)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
