/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/**
 * Two kinds of Vitest tests, told apart by folder:
 * - unit: pure code in src/lib and scripts/lib; runs before the build;
 * - build: runs the real build on scratch copies of the project (slower, seconds each);
 * - site: checks over the built site in dist/; runs after `npm run build`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
