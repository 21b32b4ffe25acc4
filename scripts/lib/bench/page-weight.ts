/**
 * The JavaScript the built search page makes a browser download: external and inline scripts, the
 * island's component and renderer modules, and every module they import, each counted once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

const IMPORTED = /(?:import|from)\s*["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g;

function resolveUrl(url: string, fromFile: string): string {
  if (url.startsWith('/')) return url;
  const base = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
  return new URL(url, `http://x${base}`).pathname;
}

/** undefined when the site has not been built. */
export function searchPageScripts(dist = 'dist', page = 'tra-cuu/index.html'): Weight | undefined {
  const pageFile = join(dist, page);
  if (!existsSync(pageFile)) return undefined;
  const html = readFileSync(pageFile, 'utf8');
  const pending = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((match) => match[1] ?? ''),
  ];
  const inline = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  let raw = 0;
  let gzip = 0;
  for (const code of inline) {
    raw += Buffer.byteLength(code);
    gzip += gzipSync(code).length;
  }
  while (pending.length > 0) {
    const url = pending.pop() as string;
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url));
    raw += code.length;
    gzip += gzipSync(code).length;
    for (const match of code.toString('utf8').matchAll(IMPORTED)) {
      pending.push(resolveUrl(match[1] ?? match[2] ?? '', url));
    }
  }
  return { files: seen.size + inline.length, raw, gzip };
}
