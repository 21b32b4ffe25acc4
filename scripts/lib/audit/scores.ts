/** Lighthouse scores against targets: which misses fail the audit and which are warnings. */
import { LIGHTHOUSE_CATEGORIES, type AuditConfig } from './config';
import type { LighthouseResult } from './lighthouse';

export interface Findings {
  failures: string[];
  warnings: string[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

export function judgeScores(results: LighthouseResult[], settings: AuditConfig['lighthouse']): Findings {
  const findings: Findings = { failures: [], warnings: [] };
  for (const result of results) {
    if (result.error !== undefined) findings.failures.push(`Lighthouse ${result.path}: ${result.error}`);
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const score = result.scores[category];
      const target = settings.targets[category];
      if (score === undefined || score >= target) continue;
      const message = `Lighthouse ${result.path}: ${category} ${score} is below ${target}`;
      (settings.enforced.includes(category) ? findings.failures : findings.warnings).push(message);
    }
    const tbt = result.totalBlockingTimeMs;
    if (tbt !== undefined && tbt > settings.totalBlockingTimeMs) {
      findings.failures.push(
        `Lighthouse ${result.path}: Total Blocking Time ${tbt} ms is over ${settings.totalBlockingTimeMs} ms`,
      );
    }
  }
  return findings;
}

/** One row of Lighthouse's "errors-in-console" audit. */
export interface ConsoleErrorItem {
  source?: string;
  url?: string;
  sourceLocation?: { url?: string };
}

/** Whether every console error Lighthouse saw is a failed network fetch of one of these icon paths. */
export function onlyIconFetchErrors(
  items: readonly ConsoleErrorItem[],
  iconPaths: ReadonlySet<string>,
): boolean {
  return (
    items.length > 0 &&
    items.every((item) => {
      const path = pathOf(item.sourceLocation?.url ?? item.url ?? '');
      return item.source === 'network' && path !== undefined && iconPaths.has(path);
    })
  );
}

/** The path of an absolute address; undefined for anything else. */
function pathOf(address: string): string | undefined {
  try {
    return new URL(address).pathname;
  } catch {
    return undefined;
  }
}
