/** Small timing helpers: medians and percentiles of repeated runs, in milliseconds. */
import { performance } from 'node:perf_hooks';

export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Milliseconds one call takes. */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median of `rounds` timed calls, after one untimed warm-up call. */
export function medianTime(run: () => unknown, rounds = 5): number {
  run();
  return percentile(
    Array.from({ length: rounds }, () => time(run)),
    0.5,
  );
}
