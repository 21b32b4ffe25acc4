/**
 * Page weights: the bytes a browser downloads for a page, split into its HTML, its stylesheets and
 * its JavaScript, each raw and gzip-compressed (level 6, as the shipped nginx configuration).
 *
 * - html: the document itself, inline <style> and <script> included (they travel inside it);
 * - css: the stylesheets it links;
 * - js: its inline scripts (counted here too: they cost parsing time whatever carries them), the
 *   scripts and module preloads it links, the components and renderers of its Astro islands, and
 *   every module those import, statically or on demand;
 * - jsAtLoad: the same without the modules imported on demand (`import("./x.js")`), which the
 *   page fetches only when its code asks for them (the search engine, once a search is wanted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFileOf } from '../built-site';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Size;
  css: Size;
  js: Size;
  jsAtLoad: Size;
  /** The asset files counted in css and js, as URL paths. */
  assets: Record<'css' | 'js', string[]>;
}

export function sizeOf(content: string | Buffer): Size {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.length, gzip: bytes.length === 0 ? 0 : gzipSync(bytes, { level: 6 }).length };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const ZERO: Size = { raw: 0, gzip: 0 };

/** Attributes of one start tag, names lower-cased ("<link rel=stylesheet href="/a.css">"). */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]?.toLowerCase();
    if (name === undefined || attributes.has(name)) continue;
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function startTags(html: string, name: string): Array<Map<string, string>> {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) =>
    attributesOf(match[1] ?? ''),
  );
}

/** Inline <script> bodies that run (JSON-LD is data for search engines, not code). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !attributesOf(match[1] ?? '').has('src'))
    .filter((match) => !/json/i.test(attributesOf(match[1] ?? '').get('type') ?? ''))
    .map((match) => match[2] ?? '');
}

export function linkedStylesheets(html: string): string[] {
  return startTags(html, 'link')
    .filter((attributes) => (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((attributes) => attributes.get('href') ?? '');
}

/** Script URLs a page loads itself: <script src>, module preloads and Astro island modules. */
export function linkedScripts(html: string): string[] {
  const sources = startTags(html, 'script').map((attributes) => attributes.get('src'));
  const preloads = startTags(html, 'link')
    .filter((attributes) => (attributes.get('rel') ?? '').toLowerCase() === 'modulepreload')
    .map((attributes) => attributes.get('href'));
  const islands = startTags(html, 'astro-island').flatMap((attributes) =>
    ['component-url', 'renderer-url', 'before-hydration-url'].map((name) => attributes.get(name)),
  );
  return [...sources, ...preloads, ...islands].filter((url): url is string => Boolean(url));
}

/** Relative or root-relative module specifiers a built JS file imports. */
export function importedModules(code: string, which: 'all' | 'static' = 'all'): string[] {
  const pattern =
    which === 'all'
      ? /(?:\bimport\s*\(\s*|\bimport\s*|\bfrom\s*)["']((?:\.{1,2}\/|\/)[^"']+)["']/g
      : /(?:\bimport\s*|\bfrom\s*)["']((?:\.{1,2}\/|\/)[^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** Resolves an asset URL against the page or module that references it, as a root-relative path. */
export function resolveUrl(url: string, fromPath: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    throw new Error(`${fromPath} loads ${url} from another site: only its own files are measured.`);
  }
  const withoutQuery = url.replace(/[?#].*$/, '');
  const base = fromPath.endsWith('/') ? fromPath : posix.dirname(fromPath);
  return withoutQuery.startsWith('/') ? posix.normalize(withoutQuery) : posix.join(base, withoutQuery);
}

/** Weights of the given pages of a built site. */
export function measureWeights(dist: string, paths: string[]): PageWeight[] {
  const meter = new WeightMeter(dist);
  return paths.map((path) => meter.measure(path));
}

/** Measures pages of one dist folder; asset sizes are read and compressed once and shared. */
export class WeightMeter {
  private readonly sizes = new Map<string, Size>();
  private readonly imports = new Map<string, string[]>();

  constructor(private readonly dist: string) {}

  measure(path: string): PageWeight {
    const html = readFileSync(join(this.dist, htmlFileOf(path)), 'utf8');
    const css = [...new Set(linkedStylesheets(html).map((url) => resolveUrl(url, path)))];
    const linked = linkedScripts(html).map((url) => resolveUrl(url, path));
    const js = this.withImports(linked, 'all');
    const jsAtLoad = this.withImports(linked, 'static');
    const inlineJs = inlineScripts(html).map(sizeOf).reduce(add, ZERO);
    return {
      path,
      html: sizeOf(html),
      css: css.map((asset) => this.assetSize(asset, path)).reduce(add, ZERO),
      js: js.map((asset) => this.assetSize(asset, path)).reduce(add, inlineJs),
      jsAtLoad: jsAtLoad.map((asset) => this.assetSize(asset, path)).reduce(add, inlineJs),
      assets: { css, js },
    };
  }

  /** The scripts plus every module they import, each once. */
  private withImports(scripts: string[], which: 'all' | 'static'): string[] {
    const seen = new Set<string>();
    const queue = [...scripts];
    while (queue.length > 0) {
      const script = queue.shift() ?? '';
      if (seen.has(script)) continue;
      seen.add(script);
      queue.push(...this.importsOf(script, which));
    }
    return [...seen];
  }

  private importsOf(script: string, which: 'all' | 'static'): string[] {
    const key = `${which} ${script}`;
    let found = this.imports.get(key);
    if (found === undefined) {
      const code = readFileSync(this.fileOf(script, script), 'utf8');
      // Only files that exist: a minified library may hold an import-like string in its text.
      found = importedModules(code, which)
        .map((specifier) => resolveUrl(specifier, script))
        .filter((module) => existsSync(join(this.dist, module)));
      this.imports.set(key, found);
    }
    return found;
  }

  private assetSize(asset: string, page: string): Size {
    let size = this.sizes.get(asset);
    if (size === undefined) {
      size = sizeOf(readFileSync(this.fileOf(asset, page)));
      this.sizes.set(asset, size);
    }
    return size;
  }

  private fileOf(asset: string, referrer: string): string {
    const file = join(this.dist, asset);
    if (!existsSync(file)) throw new Error(`${referrer} loads ${asset}, which is not in ${this.dist}.`);
    return file;
  }
}
