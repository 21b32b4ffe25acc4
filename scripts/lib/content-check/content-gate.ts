/**
 * The build's gate: before `astro build` renders anything, it runs every check `npm run check`
 * runs (run.ts, the one list) and stops on any error with the same Vietnamese lines, file and
 * line first, so nothing the checker refuses is ever published. Warnings are printed and the
 * build goes on, as with `npm run check`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { vi } from '../../../src/i18n/vi';
import { countBySeverity, formatProblem } from './problems';
import { checkContent } from './run';

export function contentGate(): AstroIntegration {
  return {
    name: 'dvc-content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { problems } = checkContent(fileURLToPath(config.root));
        const counts = countBySeverity(problems);
        for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
          logger.warn(formatProblem(warning));
        }
        if (counts.error === 0) return;
        const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
        throw new Error([vi.contentCheck.buildRefused(counts.error), ...errors, vi.contentCheck.fixErrors].join('\n'));
      },
    },
  };
}
