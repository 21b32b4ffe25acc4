/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/**
 * The kinds of Vitest tests, told apart by folder:
 * - unit: pure code in src/lib and scripts/lib; runs before the build;
 * - build: runs the real build on scratch copies of the project (slower, seconds each);
 * - site: checks over the built site in dist/; runs after `npm run build`;
 * - server: dist/ served by nginx with the shipped configuration (scripts/deploy/nginx/): status
 *   codes, headers, compression, a bounded load (the CSP is checked by the browser sweep). One file at a time, so the
 *   load test has the machine to itself.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/global-setup.ts'],
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
