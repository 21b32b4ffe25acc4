/** The installed app's icons, drawn at build time: /icons/icon-192.png … (src/data/app.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allIcons, appIconPng } from '../../data/app';
import type { AppIcon } from '../../lib/app/manifest';

export const getStaticPaths = (() =>
  allIcons.map((icon) => ({ params: { icon: icon.file.replace(/\.png$/, '') }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await appIconPng(props.icon)), { headers: { 'Content-Type': 'image/png' } });
