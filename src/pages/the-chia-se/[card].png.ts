/** Social card pictures, drawn at build time: /the-chia-se/<card>.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCards } from '../../data/social-cards';
import { renderCardPng, type CardText } from '../../lib/social/card';

export const getStaticPaths = (async () =>
  [...(await socialCards())].map(([card, text]) => ({
    params: { card },
    props: { text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCardPng(props.text)), { headers: { 'Content-Type': 'image/png' } });
