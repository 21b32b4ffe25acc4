/**
 * The sites the tests visit, served once by nginx with the shipped configuration: the real site
 * (dist/), the fixture site of named cases (tmp/fixture-site/dist/), a folder with one file of
 * each type the site serves (tests/fixtures/served/, for compression) and two deploys of the
 * fixture site served in turn at one address (tmp/deploy-site/current, for the offline tests).
 * `npm test` starts them once and hands their addresses to every step (TEST_SITE_URL,
 * TEST_FIXTURE_URL, TEST_FILES_URL, TEST_DEPLOY_URL); a test command run alone starts them itself.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CURRENT_DEPLOY } from '../fixture-site/deploys';
import { startNginx } from './nginx';

export const SITE_DIST = resolve('dist');
export const FIXTURE_SITE_DIST = resolve('tmp/fixture-site/dist');
export const SERVED_FILES = resolve('tests/fixtures/served');

export interface TestSiteUrls {
  site: string;
  fixture: string;
  files: string;
  deploy: string;
}

const ENV = {
  site: 'TEST_SITE_URL',
  fixture: 'TEST_FIXTURE_URL',
  files: 'TEST_FILES_URL',
  deploy: 'TEST_DEPLOY_URL',
} as const satisfies Record<keyof TestSiteUrls, string>;

/** The addresses `npm test` handed down, when it did (all of them, or none). */
export function testSitesFromEnv(env: NodeJS.ProcessEnv = process.env): TestSiteUrls | undefined {
  const [site, fixture, files, deploy] = [env[ENV.site], env[ENV.fixture], env[ENV.files], env[ENV.deploy]];
  return site && fixture && files && deploy ? { site, fixture, files, deploy } : undefined;
}

export function testSitesEnv(urls: TestSiteUrls): Record<string, string> {
  return Object.fromEntries(Object.entries(ENV).map(([key, name]) => [name, urls[key as keyof TestSiteUrls]]));
}

/** Starts nginx for the four sites; `firstPort` fixes their ports (first, +1, +2, +3), free ones otherwise. */
export async function startTestSites(firstPort?: number): Promise<{ urls: TestSiteUrls; stop(): Promise<void> }> {
  for (const [what, dir, command] of [
    ['the site', SITE_DIST, 'npm run build'],
    ['the fixture site', FIXTURE_SITE_DIST, 'npm run build:fixture'],
    ['the fixture site\'s two deploys', CURRENT_DEPLOY, 'npm run build:fixture'],
  ] as const) {
    if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`${command}\` first (${what}).`);
  }
  const port = (offset: number) => (firstPort ? { port: firstPort + offset } : {});
  const server = await startNginx([
    { root: SITE_DIST, ...port(0) },
    { root: FIXTURE_SITE_DIST, ...port(1) },
    { root: SERVED_FILES, ...port(2) },
    { root: CURRENT_DEPLOY, ...port(3) },
  ]);
  const [site = '', fixture = '', files = '', deploy = ''] = server.urls;
  return { urls: { site, fixture, files, deploy }, stop: () => server.stop() };
}
