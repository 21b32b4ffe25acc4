/**
 * Step 5, filter: with `--tiers`, keep only procedures known to be carried out at one of those
 * tiers. The rest are counted, with their reason, never silently dropped.
 */
import type { Tier } from '../../../src/lib/catalogue/schema';
import type { MergedProcedure } from './merge';

export type FilterReason = 'other-tier' | 'tier-unknown';

export const FILTER_REASONS: Record<FilterReason, string> = {
  'other-tier': 'thực hiện ở cấp khác',
  'tier-unknown': 'không nguồn nào ghi cấp thực hiện',
};

export interface Filtered<T> {
  procedure: T;
  reason: FilterReason;
}

export function filterByTiers<T extends Pick<MergedProcedure, 'tiers'>>(
  procedures: readonly T[],
  tiers: readonly Tier[] | undefined,
): { kept: T[]; filtered: Filtered<T>[] } {
  if (!tiers) return { kept: [...procedures], filtered: [] };
  const kept: T[] = [];
  const filtered: Filtered<T>[] = [];
  for (const procedure of procedures) {
    if (procedure.tiers.length === 0) filtered.push({ procedure, reason: 'tier-unknown' });
    else if (procedure.tiers.some((tier) => tiers.includes(tier))) kept.push(procedure);
    else filtered.push({ procedure, reason: 'other-tier' });
  }
  return { kept, filtered };
}
