/**
 * Release audit of the built site: page weights against budgets, HTML validity, Lighthouse.
 * Budgets, pages and targets are in scripts/audit.config.ts.
 *
 *   npm run build && npm run audit
 *   npm run audit -- --page / --page /tra-cuu/     Lighthouse on these pages instead of the config's
 *   npm run audit -- --dist other-dist             audit another build
 *
 * Fails (exit 1) on any budget exceeded, any HTML error, a Lighthouse page that is not built, or a
 * score below target in an enforced category. Performance below target is a warning: it depends
 * on how busy the machine running the audit is. Lighthouse reports go to tmp/lighthouse/.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import config from './audit.config';
import { budgetFailures } from './lib/audit/budgets';
import { runLighthouse } from './lib/audit/lighthouse';
import { builtCatalogueFile } from './lib/data-files';
import { builtHtmlFiles, notableProcedurePages, sampleTemplatePages, urlPathOf } from './lib/built-site';
import { lighthouseTable, lostPointsReport, validityReport, weightsTable } from './lib/audit/report';
import { judgeScores } from './lib/audit/scores';
import { validatePages } from './lib/audit/validity';
import { measureWeights } from './lib/audit/weights';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    page: { type: 'string', multiple: true },
    'report-dir': { type: 'string', default: 'tmp/lighthouse' },
  },
});
const dist = resolve(values.dist);
const failures: string[] = [];
const warnings: string[] = [];
const section = (title: string, ...lines: string[]): void =>
  console.log(`\n## ${title}\n\n${lines.join('\n')}`);

const pages = builtHtmlFiles(dist).map(urlPathOf);

const weights = measureWeights(dist, pages);
section(`Page weights, ${pages.length} pages (raw / gzip)`, weightsTable(weights, config.budgets));
failures.push(...budgetFailures(weights, config.budgets));

// The catalogue's worst cases (longest names, most documents or methods) are always checked.
const notable = notableProcedurePages(builtCatalogueFile(process.cwd())).map((page) => page.path);
const checked = sampleTemplatePages(pages, config.validity.templateSample, notable);
const problems = await validatePages(dist, checked, config.validity.extends);
section(`HTML validity (${config.validity.extends.join(', ')})`, validityReport(problems, checked.length));
if (problems.length > 0) failures.push(`${problems.length} HTML validity errors`);

const results = await runLighthouse({
  dist,
  paths: values.page ?? config.lighthouse.pages,
  performanceRuns: config.lighthouse.performanceRuns,
  reportDir: resolve(values['report-dir']),
});
const lost = lostPointsReport(results, config.lighthouse.targets);
section(
  `Lighthouse (mobile; performance and blocking time: median of ${config.lighthouse.performanceRuns} runs)`,
  lighthouseTable(results, config.lighthouse.targets, config.lighthouse.totalBlockingTimeMs),
  ...(lost.length > 0 ? ['', 'Where the points went:', ...lost] : []),
);
const scores = judgeScores(results, config.lighthouse);
failures.push(...scores.failures);
warnings.push(...scores.warnings);

for (const warning of warnings) console.log(`\nwarning: ${warning}`);
if (failures.length > 0) {
  console.error(['\nAudit failed:', ...failures.map((failure) => `  ✗ ${failure}`)].join('\n'));
  process.exit(1);
}
console.log('\nAudit passed.');
