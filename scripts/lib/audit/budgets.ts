/** Which budget applies to a page, and which budgets a page exceeds. */
import { RESOURCE_KINDS, type BudgetRule, type ResourceKind } from './config';
import type { PageWeight } from './weights';
import { formatKb } from './format';
import { isProcedurePage } from '../built-site';

export interface Overrun {
  path: string;
  kind: ResourceKind;
  measure: 'raw' | 'gzip';
  size: number;
  budget: number;
}

/** The pattern for every procedure page, as the audit's table names them. */
export const PROCEDURE_PAGES = '/thu-tuc/<code>/';

/** An exact path, a prefix ending in "*", or PROCEDURE_PAGES. */
export function matches(pattern: string, path: string): boolean {
  if (pattern === PROCEDURE_PAGES) return isProcedurePage(path);
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The first rule whose pattern matches; a page without one is a configuration error. */
export function ruleFor(rules: BudgetRule[], path: string): BudgetRule {
  const rule = rules.find((candidate) => matches(candidate.pages, path));
  if (rule === undefined) throw new Error(`No budget matches ${path}: add a rule for "*" at the end.`);
  return rule;
}

export function overruns(weight: PageWeight, rule: BudgetRule): Overrun[] {
  return RESOURCE_KINDS.flatMap((kind) =>
    (['raw', 'gzip'] as const)
      .filter((measure) => weight[kind][measure] > rule[kind][measure])
      .map((measure) => ({
        path: weight.path,
        kind,
        measure,
        size: weight[kind][measure],
        budget: rule[kind][measure],
      })),
  );
}

/** One line per measure over budget, on any page. */
export function budgetFailures(weights: PageWeight[], rules: BudgetRule[]): string[] {
  return weights
    .flatMap((weight) => overruns(weight, ruleFor(rules, weight.path)))
    .map(
      (overrun) =>
        `${overrun.path}: ${overrun.kind} ${overrun.measure} ${formatKb(overrun.size)} is over its budget of ${formatKb(overrun.budget)}`,
    );
}
