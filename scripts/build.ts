/**
 * npm run build: the site, built so that dist/ is always a whole site.
 *
 *   1. build with Astro into a folder beside dist/ (the content gate runs first: nothing
 *      `npm run check` refuses is built);
 *   2. write compressed copies (.gz, .br) of every text file;
 *   3. only then replace dist/ with it.
 * A failed build leaves the last good dist/ exactly as it was, and says so.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { vi } from '../src/i18n/vi';
import { formatCount } from '../src/lib/format/number';
import { precompress } from './lib/build/precompress';
import { STAGING_DIR, clearStaging, swapIntoPlace } from './lib/build/swap';

const DIST = 'dist';
const ASTRO = resolve('node_modules/astro/astro.js');

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<number> {
  clearStaging();
  const built = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', STAGING_DIR, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    clearStaging();
    console.error(`\n${vi.build.failed(DIST)}`);
    return built.status ?? 1;
  }
  const started = performance.now();
  const totals = await precompress(STAGING_DIR);
  console.log(
    vi.build.compressed(
      formatCount(totals.files),
      mb(totals.raw),
      mb(totals.gzip),
      mb(totals.brotli),
      ((performance.now() - started) / 1000).toFixed(1),
    ),
  );
  swapIntoPlace(DIST);
  console.log(vi.build.done(DIST));
  return 0;
}

process.exitCode = await main();
