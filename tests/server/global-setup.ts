/**
 * The sites the server tests request, served by nginx with the shipped configuration
 * (scripts/lib/deploy/test-sites.ts): the real site (dist/), and a folder with one file of each
 * type the site will serve (JS, JSON, XML…), so compression is checked for types the current build
 * may not have yet. `npm test` serves them once for every step and passes their addresses down;
 * run alone, this starts them (NGINX_PORT fixes the first port, free ports otherwise), installing
 * nginx and wrk from Debian's packages when they are missing.
 */
import type { TestProject } from 'vitest/node';
import { NGINX, WRK, ensurePrograms } from '../../scripts/lib/deploy/system-packages';
import { startTestSites, testSitesFromEnv } from '../../scripts/lib/deploy/test-sites';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    filesUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  ensurePrograms([NGINX, WRK]);
  const handed = testSitesFromEnv();
  if (handed) {
    project.provide('siteUrl', handed.site);
    project.provide('filesUrl', handed.files);
    return undefined;
  }
  const port = Number(process.env.NGINX_PORT ?? 0);
  const server = await startTestSites(port > 0 ? port : undefined);
  project.provide('siteUrl', server.urls.site);
  project.provide('filesUrl', server.urls.files);
  return () => server.stop();
}
