/**
 * Starts nginx with the shipped configuration (scripts/deploy/nginx/) for the server tests,
 * installing nginx and wrk from Debian's packages when they are missing:
 * - the real site: dist/, built by `npm run build`;
 * - a fixture site (tests/fixtures/served/) with one file of each type the site will serve
 *   (JS, JSON, XML…), so compression is checked for types the current build may not have yet.
 * NGINX_PORT picks the site's port (the fixture site uses the next one); free ports otherwise.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../scripts/lib/deploy/nginx';
import { NGINX, WRK, ensurePrograms } from '../../scripts/lib/deploy/system-packages';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
  }
}

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/served', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` before these tests.');
  ensurePrograms([NGINX, WRK]);
  const port = Number(process.env.NGINX_PORT ?? 0);
  const server = await startNginx([
    { root: DIST, ...(port > 0 ? { port } : {}) },
    { root: FIXTURES, ...(port > 0 ? { port: port + 1 } : {}) },
  ]);
  project.provide('siteUrl', server.urls[0] ?? '');
  project.provide('fixtureUrl', server.urls[1] ?? '');
  return () => server.stop();
}
