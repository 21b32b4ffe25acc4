/** /manifest.webmanifest: lets a phone add the site to its home screen (src/lib/app/manifest.ts). */
import type { APIRoute } from 'astro';
import { appManifest } from '../data/app';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(appManifest(), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
