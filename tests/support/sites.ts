/**
 * Where the browser tests find the sites (scripts/lib/deploy/test-sites.ts): `npm test` serves
 * them once and passes their addresses down; `npm run test:e2e` alone serves them on PORT and the
 * next two ports (playwright.config.ts).
 */
import { testSitesFromEnv } from '../../scripts/lib/deploy/test-sites';

const port = Number(process.env.PORT ?? 4321);

export function siteUrl(): string {
  return testSitesFromEnv()?.site ?? `http://127.0.0.1:${port}`;
}

/** The fixture site of named cases, another origin to the browser. */
export function fixtureUrl(): string {
  return testSitesFromEnv()?.fixture ?? `http://127.0.0.1:${port + 1}`;
}

/** Two deploys of the fixture site served in turn at this address (scripts/lib/fixture-site/deploys.ts). */
export function deployUrl(): string {
  return testSitesFromEnv()?.deploy ?? `http://127.0.0.1:${port + 3}`;
}
