/** A radio script as plain text (UTF-8), word for word the page's script, for the announcer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { radioScripts } from '../../../data/kit';

export const getStaticPaths = (async () =>
  (await radioScripts()).map((script) => ({
    params: { slug: script.entry.id },
    props: { text: script.text },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
