/** The filters of /tra-cuu/ (group, tier, method, level): which records pass them. */
import type { SearchRecord } from './asset-format';
import type { SearchFilters } from './types';

export function hasAnyFilter(filters: SearchFilters): boolean {
  return Boolean(filters.group || filters.tier || filters.method || filters.level);
}

/** Whether a record passes the filters; articles pass only when no filter is set. */
export function passes(record: SearchRecord, filters: SearchFilters): boolean {
  if (!hasAnyFilter(filters)) return true;
  if (record.kind !== 'procedure') return false;
  if (filters.group && record.topicGroup !== filters.group) return false;
  if (filters.tier && !record.tiers.includes(filters.tier)) return false;
  if (filters.method && !record.methods.includes(filters.method)) return false;
  if (filters.level && record.level !== filters.level) return false;
  return true;
}
