/**
 * The relevance set (tests/fixtures/search-relevance.json) and its measures: hit@1 and hit@5 (the
 * share of queries with a right answer first, or in the first five) and MRR (the mean of 1/rank of
 * the first right answer, 0 when none is in the first 20).
 */
import { readFileSync } from 'node:fs';

export const RELEVANCE_FILE = 'tests/fixtures/search-relevance.json';

export interface RelevanceCase {
  query: string;
  /** Codes that answer the query; any one of them counts. */
  expected: string[];
  kind: string;
}

export interface RelevanceScores {
  hitAt1: number;
  hitAt5: number;
  mrr: number;
}

export function readRelevanceSet(file = RELEVANCE_FILE): RelevanceCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceCase[] }).queries;
}

/** 1-based rank of the first expected code among the results, or undefined. */
export function rankOf(
  resultCodes: readonly (string | undefined)[],
  expected: readonly string[],
): number | undefined {
  const index = resultCodes.findIndex((code) => code !== undefined && expected.includes(code));
  return index === -1 ? undefined : index + 1;
}

export function relevanceScores(ranks: readonly (number | undefined)[]): RelevanceScores {
  const count = ranks.length || 1;
  const share = (test: (rank: number) => boolean): number =>
    ranks.filter((rank) => rank !== undefined && test(rank)).length / count;
  return {
    hitAt1: share((rank) => rank === 1),
    hitAt5: share((rank) => rank <= 5),
    mrr: ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / count,
  };
}
