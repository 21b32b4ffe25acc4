/**
 * npm test's Lighthouse step: the one page with JavaScript (/tra-cuu/) and one procedure page,
 * mobile, performance and blocking time the median of three runs, judged by the audit's own
 * targets (scripts/audit.config.ts). `npm run audit` runs Lighthouse on every listed page.
 *
 * Uses the server npm test started (TEST_SITE_URL); run alone, it serves dist/ itself.
 */
import { resolve } from 'node:path';
import config from './audit.config';
import { testSitesFromEnv } from './lib/deploy/test-sites';
import { runLighthouse } from './lib/audit/lighthouse';
import { lighthouseTable, lostPointsReport } from './lib/audit/report';
import { judgeScores } from './lib/audit/scores';

export const LIGHTHOUSE_PAGES = ['/tra-cuu/', '/thu-tuc/1.001193/'];
const RUNS = 3;

const origin = testSitesFromEnv()?.site;
const results = await runLighthouse({
  dist: resolve('dist'),
  paths: LIGHTHOUSE_PAGES,
  performanceRuns: RUNS,
  reportDir: resolve('tmp/lighthouse'),
  ...(origin ? { origin } : {}),
});
const lost = lostPointsReport(results, config.lighthouse.targets);
console.log(
  [
    `Lighthouse (mobile; performance and blocking time: median of ${RUNS} runs)`,
    lighthouseTable(results, config.lighthouse.targets, config.lighthouse.totalBlockingTimeMs),
    ...(lost.length > 0 ? ['', 'Where the points went:', ...lost] : []),
  ].join('\n'),
);
const { failures, warnings } = judgeScores(results, config.lighthouse);
for (const warning of warnings) console.log(`warning: ${warning}`);
if (failures.length > 0) {
  console.error(['Lighthouse failed:', ...failures.map((failure) => `  ✗ ${failure}`)].join('\n'));
  process.exitCode = 1;
}
