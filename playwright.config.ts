import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { siteUrl } from './tests/support/sites';
import { testSitesFromEnv } from './scripts/lib/deploy/test-sites';

/**
 * Browser tests run against the built sites served by nginx with the shipped configuration: the
 * real site, the fixture site of named cases and two deploys of it
 * (scripts/lib/deploy/test-sites.ts). `npm test` serves them once for every step; run alone, the
 * web server below does (PORT and the next three).
 *
 * Chromium: CHROMIUM_PATH if set; otherwise Debian's /usr/bin/chromium when present (CI and
 * machines where `npx playwright install` cannot download); otherwise Playwright's own browser.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

const baseURL = siteUrl();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL,
    // Pages are checked as a first visit shows them; tests/e2e/offline.spec.ts lets the offline
    // worker run.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    },
  },
  ...(testSitesFromEnv()
    ? {}
    : {
        webServer: {
          command: 'npx tsx scripts/serve-built.ts',
          url: `${baseURL}/`,
          reuseExistingServer: false,
          timeout: 60_000,
        },
      }),
});
