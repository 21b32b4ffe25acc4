/**
 * Writes dist/sw.js at the end of `astro build` (service-worker.ts), so every build, the fixture
 * site's included, ships the worker that matches its files, and says what a phone will store.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { vi } from '../../../src/i18n/vi';
import { PRECACHE_BUDGET_BYTES } from '../../../src/lib/offline/policy';
import { writeServiceWorker } from './service-worker';

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'dvc-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const plan = await writeServiceWorker(fileURLToPath(dir));
        const files = plan.entries.length + plan.stylesheets.length;
        logger.info(vi.build.serviceWorker(files, kilobytes(plan.bytes), kilobytes(PRECACHE_BUDGET_BYTES)));
        if (plan.leftOut.length > 0) {
          logger.warn(vi.build.precacheOverBudget(kilobytes(PRECACHE_BUDGET_BYTES), plan.leftOut.join(', ')));
        }
      },
    },
  };
}
