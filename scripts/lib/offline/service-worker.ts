/**
 * The service worker's build step: list what the build wrote, choose what a phone stores on
 * install (src/lib/offline/precache.ts), then bundle src/service-worker/sw.ts with that list into
 * dist/sw.js. esbuild bundles it (Astro's own esbuild, pinned in package.json): the worker is one
 * script at a fixed address, outside Vite's pages and hashed names.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { site } from '../../../src/config/site';
import { planPrecache, type BuiltFile, type PrecachePlan } from '../../../src/lib/offline/precache';
import { SERVICE_WORKER_PATH } from '../../../src/lib/offline/policy';

const SOURCE = 'src/service-worker/sw.ts';
const WORKBOX_VERSION = (JSON.parse(readFileSync('node_modules/workbox-core/package.json', 'utf8')) as { version: string }).version;
/** Compressed copies are the server's business, not the phone's. */
const NOT_STORED = /\.(?:gz|br)$/;

/** Every file the build wrote, with its size and a digest of its content. */
export function builtFiles(dist: string): BuiltFile[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !NOT_STORED.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return {
        path: relative(dist, path).split(sep).join('/'),
        bytes: statSync(path).size,
        hash: createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16),
      };
    });
}

export async function writeServiceWorker(dist: string, root = '.'): Promise<PrecachePlan> {
  const plan = planPrecache(builtFiles(dist), (path) => readFileSync(join(dist, path), 'utf8'));
  await build({
    entryPoints: [join(root, SOURCE)],
    outfile: join(dist, SERVICE_WORKER_PATH),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    // Workbox's notice travels with the copy of its code (MIT License).
    banner: { js: `/*! Bundles Workbox ${WORKBOX_VERSION} (https://github.com/GoogleChrome/workbox), MIT License, Copyright Google LLC. */` },
    logLevel: 'warning',
    define: {
      // Workbox leaves out its development logging and checks.
      'process.env.NODE_ENV': '"production"',
      __PRECACHE__: JSON.stringify(plan.entries),
      __STYLESHEETS__: JSON.stringify(plan.stylesheets),
      __SITE_NAME__: JSON.stringify(site.name),
    },
  });
  return plan;
}
