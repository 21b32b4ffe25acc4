/**
 * Does the search put the right procedure first for the way citizens type? Runs the relevance set
 * over the catalogue file as it is now (so after the import it measures the real catalogue), prints
 * hit@1, hit@5 and MRR for our search and for plain fuse.js, and fails below the bar.
 */
import { describe, expect, it } from 'vitest';
import { createBaseline, searchBaseline } from '../../scripts/lib/bench/baseline';
import {
  rankOf,
  readRelevanceSet,
  relevanceScores,
  type RelevanceScores,
} from '../../scripts/lib/bench/relevance';
import { assetOf, realSource } from '../../scripts/lib/bench/sources';
import { decodeSearchAsset } from '../../src/lib/search/asset';
import { createSearchIndex, search } from '../../src/lib/search/engine';

/** The bar: the right answer in the first five nearly always, and usually first. */
const BAR = { hitAt5: 0.95, mrr: 0.85 };

const cases = readRelevanceSet();
const source = realSource();
const data = decodeSearchAsset(JSON.parse(JSON.stringify(assetOf(source))));

function format(label: string, scores: RelevanceScores): string {
  const number = (value: number) => value.toFixed(3);
  return `${label.padEnd(10)} hit@1 ${number(scores.hitAt1)}  hit@5 ${number(scores.hitAt5)}  MRR ${number(scores.mrr)}`;
}

describe('search relevance on the real catalogue', () => {
  it('has a catalogue to measure', () => {
    expect(
      source.procedures.length,
      'catalogue is empty: run the import (npm run import) before measuring relevance',
    ).toBeGreaterThan(0);
  });

  it('has at least 40 queries, each answered by codes in the catalogue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const codes = new Set(source.procedures.map((procedure) => procedure.code));
    const unknown = cases.flatMap((item) =>
      item.expected.filter((code) => !codes.has(code)).map((code) => `${item.query} → ${code}`),
    );
    expect(unknown, 'expected codes missing from the catalogue').toEqual([]);
  });

  it(`reaches hit@5 ≥ ${BAR.hitAt5} and MRR ≥ ${BAR.mrr}, better than plain fuse.js`, () => {
    expect(source.procedures.length, 'catalogue is empty').toBeGreaterThan(0);
    const index = createSearchIndex(data);
    const baseline = createBaseline(data.records);
    const ours = cases.map((item) =>
      rankOf(
        search(index, item.query).hits.map((hit) => hit.record.code),
        item.expected,
      ),
    );
    const theirs = cases.map((item) =>
      rankOf(
        searchBaseline(baseline, item.query).map((record) => record.code),
        item.expected,
      ),
    );
    const oursScores = relevanceScores(ours);
    const baselineScores = relevanceScores(theirs);
    const misses = cases.flatMap((item, i) =>
      ours[i] === 1
        ? []
        : [`  "${item.query}" → rank ${ours[i] ?? 'none'} (baseline ${theirs[i] ?? 'none'})`],
    );
    console.log(
      [
        `Relevance, ${cases.length} queries:`,
        format('ours', oursScores),
        format('fuse.js', baselineScores),
        'Not first:',
        ...misses,
      ].join('\n'),
    );
    expect(oursScores.hitAt5).toBeGreaterThanOrEqual(BAR.hitAt5);
    expect(oursScores.mrr).toBeGreaterThanOrEqual(BAR.mrr);
    expect(oursScores.mrr).toBeGreaterThan(baselineScores.mrr);
    expect(oursScores.hitAt5).toBeGreaterThan(baselineScores.hitAt5);
    // Plain fuse.js takes about half a second per query on this catalogue.
  }, 180_000);
});
