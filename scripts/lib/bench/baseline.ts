/**
 * The baseline: what a typical site ships, fuse.js in its default configuration over the same
 * records (name, code and field or description as keys; no folding, no narrowing, no synonyms).
 */
import Fuse from 'fuse.js';
import type { SearchRecord } from '../../../src/lib/search/asset-format';

export const BASELINE_KEYS = ['title', 'code', 'detail'];

export function createBaseline(records: readonly SearchRecord[]): Fuse<SearchRecord> {
  return new Fuse(records, { keys: BASELINE_KEYS });
}

export function searchBaseline(fuse: Fuse<SearchRecord>, query: string, limit = 20): SearchRecord[] {
  return fuse.search(query, { limit }).map((result) => result.item);
}
