/**
 * The search index, written at build time as /tra-cuu/chi-muc-<hash>.json. The hash changes with
 * the content, so the file can be cached for ever and a new build is never served a stale index.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFile } from '../../data/search';

export const getStaticPaths = (async () => [
  { params: { asset: (await searchIndexFile()).name } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await searchIndexFile()).json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
