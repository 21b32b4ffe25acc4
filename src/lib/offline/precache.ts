/**
 * What the service worker stores when it is installed, chosen from the built site: the pages in
 * PRECACHED_PAGES, the scripts those pages load (followed through their imports, so the search
 * island and its lazily loaded engine come whole), the search index, every stylesheet (so a page
 * saved later still has its styles), the web app manifest and its icons. Nothing is guessed from
 * file names alone: a script no precached page loads (an editors' tool, say) stays out.
 */
import { PRECACHE_BUDGET_BYTES, PRECACHED_PAGES } from './policy';

/** A built file, by its path inside dist/ ("tra-cuu/index.html"). */
export interface BuiltFile {
  path: string;
  bytes: number;
  /** A digest of the content: the revision of a file whose name does not change with it. */
  hash: string;
}

/** What Workbox's precache takes: a hashed name needs no revision. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

export interface PrecachePlan {
  /** Stored and kept in step with each deploy by Workbox's precache. */
  entries: PrecacheEntry[];
  /** Stylesheets, stored in the files cache so saved pages of older deploys keep theirs. */
  stylesheets: string[];
  bytes: number;
  /** Left out to stay within the budget (the search index of a very large catalogue). */
  leftOut: string[];
}

const SEARCH_INDEX = /^tra-cuu\/chi-muc-[0-9a-f]+\.json$/;
const STYLESHEET = /^_astro\/[^/]+\.css$/;
const APP_FILES = /^(?:manifest\.webmanifest|favicon\.svg|icons\/[^/]+\.png)$/;
/** Scripts a page loads: script src, island component and renderer URLs, module preloads. */
const SCRIPT_IN_HTML = /\/_astro\/[^"'\s)]+\.js/g;
/** Imports inside a built chunk: Vite writes them relative to the chunk ("./client.B1x.js"). */
const IMPORT_IN_SCRIPT = /["'`]\.\/([^"'`/]+\.js)["'`]/g;

function pagePath(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** Every script the pages load, and the scripts those import, as dist/ paths. */
export function scriptsLoadedBy(pagesHtml: string[], readText: (path: string) => string): string[] {
  const found = new Set<string>();
  const queue = pagesHtml.flatMap((html) => [...html.matchAll(SCRIPT_IN_HTML)].map((match) => match[0].slice(1)));
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (found.has(path)) continue;
    found.add(path);
    for (const match of readText(path).matchAll(IMPORT_IN_SCRIPT)) queue.push(`_astro/${match[1]}`);
  }
  return [...found].sort();
}

export function planPrecache(
  files: readonly BuiltFile[],
  readText: (path: string) => string,
  budget = PRECACHE_BUDGET_BYTES,
): PrecachePlan {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const need = (path: string): BuiltFile => {
    const file = byPath.get(path);
    if (!file) throw new Error(`The service worker needs ${path}, which the build did not write.`);
    return file;
  };
  const pages = PRECACHED_PAGES.map((url) => ({ url, file: need(pagePath(url)) }));
  const scripts = scriptsLoadedBy(pages.map(({ file }) => readText(file.path)), readText).map(need);
  const index = files.filter((file) => SEARCH_INDEX.test(file.path));
  const app = files.filter((file) => APP_FILES.test(file.path));
  const stylesheets = files.filter((file) => STYLESHEET.test(file.path));

  const hashed = (file: BuiltFile): PrecacheEntry => ({ url: `/${file.path}`, revision: null });
  const revised = (file: BuiltFile): PrecacheEntry => ({ url: `/${file.path}`, revision: file.hash });
  const sum = (list: readonly BuiltFile[]) => list.reduce((total, file) => total + file.bytes, 0);

  const core = sum([...pages.map(({ file }) => file), ...scripts, ...app, ...stylesheets]);
  const indexFits = core + sum(index) <= budget;
  return {
    entries: [
      ...pages.map(({ url, file }) => ({ url, revision: file.hash })),
      ...scripts.map(hashed),
      ...(indexFits ? index.map(hashed) : []),
      ...app.map(revised),
    ],
    stylesheets: stylesheets.map((file) => `/${file.path}`),
    bytes: core + (indexFits ? sum(index) : 0),
    leftOut: indexFits ? [] : index.map((file) => `/${file.path}`),
  };
}
