/**
 * Writes a .gz and a .br copy beside every text file of a built site, so the server sends the
 * smallest copy without compressing on each request (nginx: gzip_static; hosts that read
 * precompressed files likewise). Node's own zlib does both; no library is needed.
 *
 * Brotli at its best setting is slow (92 s for the 2,000 pages here), so it is kept for the files
 * every visitor downloads (/_astro/ styles and scripts, the search index, the home page); pages get
 * a fast setting that still beats gzip.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Text formats worth compressing; pictures and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|svg|txt|webmanifest|ico)$/i;
/** Below this, a compressed copy saves less than its headers cost. */
const SMALLEST = 256;
/** Files every visitor downloads: worth the slow, best brotli setting. */
const SHARED = /^(?:_astro\/|tra-cuu\/chi-muc-|index\.html$)/;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).size >= SMALLEST);
}

export interface CompressionTotals {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

async function compressOne(root: string, path: string): Promise<[number, number, number]> {
  const data = readFileSync(path);
  const shared = SHARED.test(relative(root, path).split(sep).join('/'));
  const [gz, br] = await Promise.all([
    gzip(data, { level: 9 }),
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: shared ? 11 : 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  writeFileSync(`${path}.gz`, gz);
  writeFileSync(`${path}.br`, br);
  return [data.length, gz.length, br.length];
}

/** Compresses every text file under `root`, a few at a time (zlib runs on the thread pool). */
export async function precompress(root: string): Promise<CompressionTotals> {
  const files = textFiles(root);
  const totals: CompressionTotals = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  const queue = [...files];
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const [raw, gz, br] = await compressOne(root, path);
      totals.raw += raw;
      totals.gzip += gz;
      totals.brotli += br;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return totals;
}
