/**
 * What changes in a built site when only code moves, and nothing a reader sees:
 * - the hash in each built asset's name: /_astro/SearchApp.CLOyMydS.js → /_astro/SearchApp.#.js;
 * - the hash in the search index's name: chi-muc-410784fd02 → chi-muc-#;
 * - the CSP's sha256 sources, which hash the inline scripts and styles that name those files (the
 *   inline code itself is in the HTML and compared there): each becomes 'sha256-#', so only their
 *   number counts;
 * - the ids Astro gives scoped styles (data-astro-cid-…), which hash the component's file path, so
 *   they change when a component moves;
 * - runs of spaces between tags, which a browser shows as one space (or none between blocks):
 *   moving markup into a component changes how many the template leaves. Text inside <pre>,
 *   where spaces show, is left as it is.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ASSET_NAME = /(_astro\/[^"'\s)/]*?)\.[A-Za-z0-9_-]{8}\.(js|css|mjs)/g;
const INDEX_NAME = /chi-muc-[0-9a-f]{10}/g;
const CSP_HASH = /'sha256-[A-Za-z0-9+/=]+'/g;
const SCOPE_ID = /data-astro-cid-[a-z0-9]+/g;

export function normalisePath(path: string): string {
  return path.replace(ASSET_NAME, '$1.#.$2').replace(INDEX_NAME, 'chi-muc-#');
}

const PREFORMATTED = /(<pre[\s>][\s\S]*?<\/pre>)/;
const SPACES = /[ \t]{2,}/g;

export function normaliseHtml(html: string): string {
  const named = normalisePath(html).replace(CSP_HASH, "'sha256-#'").replace(SCOPE_ID, 'data-astro-cid-#');
  return named
    .split(PREFORMATTED)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(SPACES, ' ')))
    .join('');
}

/** Every file under a folder, relative to it, with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
