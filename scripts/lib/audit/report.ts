/** Plain-text tables for the audit's output. */
import { LIGHTHOUSE_CATEGORIES, RESOURCE_KINDS, type BudgetRule, type LighthouseCategory } from './config';
import { ruleFor } from './budgets';
import { formatKb } from './format';
import type { LighthouseResult } from './lighthouse';
import { isGeneratedListPage, isProcedurePage } from '../built-site';
import type { ValidityProblem } from './validity';
import type { PageWeight, Size } from './weights';

function cell(size: Size, budget: Size): string {
  const over = size.raw > budget.raw || size.gzip > budget.gzip ? ' ✗' : '';
  return `${formatKb(size.raw)} / ${formatKb(size.gzip)} (≤ ${formatKb(budget.raw)} / ${formatKb(budget.gzip)})${over}`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((text, column) => text.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The heaviest of many pages, measure by measure (each figure may come from a different page). */
export function largest(weights: PageWeight[], path: string): PageWeight {
  const max = (kind: (typeof RESOURCE_KINDS)[number]): Size => ({
    raw: Math.max(0, ...weights.map((weight) => weight[kind].raw)),
    gzip: Math.max(0, ...weights.map((weight) => weight[kind].gzip)),
  });
  return {
    path,
    html: max('html'),
    css: max('css'),
    js: max('js'),
    jsAtLoad: max('jsAtLoad'),
    assets: { css: [], js: [] },
  };
}

/** Pages generated from the catalogue by the thousand, each kind shown as one row. */
const GENERATED_KINDS = [
  { label: '/thu-tuc/<code>/', test: isProcedurePage },
  { label: '/thu-tuc/<list>/ and its pages', test: isGeneratedListPage },
] as const;

/**
 * One row per page; each kind of generated catalogue page, which are hundreds or thousands, as one
 * row of its largest figures. Budgets are checked on every page all the same.
 */
export function weightsTable(weights: PageWeight[], rules: BudgetRule[]): string {
  const generated = (path: string): boolean => GENERATED_KINDS.some((kind) => kind.test(path));
  const rows = weights
    .filter((weight) => !generated(weight.path))
    .map((weight) => ({ label: weight.path, weight }));
  for (const kind of GENERATED_KINDS) {
    const pages = weights.filter((weight) => kind.test(weight.path));
    if (pages[0] !== undefined) {
      rows.push({
        label: `${kind.label} (${pages.length} pages, largest)`,
        weight: largest(pages, pages[0].path),
      });
    }
  }
  return table(
    [
      'page',
      'HTML raw / gzip (budget)',
      'CSS raw / gzip (budget)',
      'JS raw / gzip (budget)',
      'JS at load raw / gzip (budget)',
    ],
    rows.map(({ label, weight }) => {
      const rule = ruleFor(rules, weight.path);
      return [label, ...RESOURCE_KINDS.map((kind) => cell(weight[kind], rule[kind]))];
    }),
  );
}

export function validityReport(problems: ValidityProblem[], pageCount: number): string {
  if (problems.length === 0) return `${pageCount} pages checked: no errors.`;
  const lines = problems.map(
    (problem) => `  ${problem.path}:${problem.line}:${problem.column}  ${problem.message} (${problem.rule})`,
  );
  return [`${pageCount} pages checked: ${problems.length} errors.`, ...lines].join('\n');
}

export function lighthouseTable(
  results: LighthouseResult[],
  targets: Record<LighthouseCategory, number>,
  tbtBudgetMs: number,
): string {
  const rows = results.map((result) => {
    if (result.error !== undefined) return [result.path, ...LIGHTHOUSE_CATEGORIES.map(() => '–'), '–'];
    const tbt = result.totalBlockingTimeMs;
    return [
      result.path,
      ...LIGHTHOUSE_CATEGORIES.map((category) => {
        const score = result.scores[category];
        if (score === undefined) return '–';
        return score < targets[category] ? `${score} ✗` : String(score);
      }),
      tbt === undefined ? '–' : `${tbt} ms${tbt > tbtBudgetMs ? ' ✗' : ''}`,
    ];
  });
  const header = [
    'page',
    ...LIGHTHOUSE_CATEGORIES.map((category) => `${category} (≥ ${targets[category]})`),
    `blocking time (≤ ${tbtBudgetMs} ms)`,
  ];
  const errors = results.flatMap((result) => (result.error === undefined ? [] : [`  ✗ ${result.error}`]));
  return [table(header, rows), ...errors].join('\n');
}

/** The audits that cost points in categories below target, to know where to look. */
export function lostPointsReport(
  results: LighthouseResult[],
  targets: Record<LighthouseCategory, number>,
): string[] {
  return results.flatMap((result) =>
    LIGHTHOUSE_CATEGORIES.filter((category) => (result.scores[category] ?? 100) < targets[category]).map(
      (category) =>
        `  ${result.path} ${category}: ${(result.lostPoints[category] ?? []).join('; ')}` +
        (result.report ? ` (report: ${result.report})` : ''),
    ),
  );
}
