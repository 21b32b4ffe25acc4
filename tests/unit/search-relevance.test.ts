/**
 * Does the search put the right answer first for the way citizens type? Runs both relevance sets
 * over the catalogue and content as they are now, prints hit@1, hit@3, hit@5 and MRR for our
 * search and for plain fuse.js, and fails below each set's bar:
 * - procedures (names, typos, abbreviations, codes): hit@1 ≥ 0.93 and MRR ≥ 0.95 (issue 14);
 * - life events and papers ("sinh con", "giấy chứng sinh"): hit@3 ≥ 0.90.
 */
import { describe, expect, it } from 'vitest';
import { createBaseline, searchBaseline } from '../../scripts/lib/bench/baseline';
import {
  answerOf,
  EVENT_RELEVANCE_FILE,
  rankOf,
  readRelevanceSet,
  relevanceScores,
  RELEVANCE_FILE,
  type RelevanceCase,
  type RelevanceScores,
} from '../../scripts/lib/bench/relevance';
import { assetOf, realSource } from '../../scripts/lib/bench/sources';
import { decodeSearchAsset } from '../../src/lib/search/asset-decode';
import { createSearchIndex, search } from '../../src/lib/search/engine';

const source = realSource();
const data = decodeSearchAsset(JSON.parse(JSON.stringify(assetOf(source))));
const index = createSearchIndex(data);
const baseline = createBaseline(data.records);
const known = new Set(data.records.map(answerOf));

function format(label: string, scores: RelevanceScores): string {
  const number = (value: number) => value.toFixed(3);
  return `${label.padEnd(10)} hit@1 ${number(scores.hitAt1)}  hit@3 ${number(scores.hitAt3)}  hit@5 ${number(scores.hitAt5)}  MRR ${number(scores.mrr)}`;
}

/** Our ranks and plain fuse.js's for each query, printed with the queries not answered first. */
function measure(name: string, cases: RelevanceCase[]): { ours: RelevanceScores; fuse: RelevanceScores } {
  const ours = cases.map((item) =>
    rankOf(
      search(index, item.query).hits.map((hit) => answerOf(hit.record)),
      item.expected,
    ),
  );
  const theirs = cases.map((item) =>
    rankOf(searchBaseline(baseline, item.query).map(answerOf), item.expected),
  );
  const misses = cases.flatMap((item, i) =>
    ours[i] === 1 ? [] : [`  "${item.query}" → rank ${ours[i] ?? 'none'} (fuse.js ${theirs[i] ?? 'none'})`],
  );
  const scores = { ours: relevanceScores(ours), fuse: relevanceScores(theirs) };
  console.log(
    [
      `${name}, ${cases.length} queries:`,
      format('ours', scores.ours),
      format('fuse.js', scores.fuse),
      'Not first:',
      ...misses,
    ].join('\n'),
  );
  return scores;
}

describe.each([
  { name: 'procedures', file: RELEVANCE_FILE, minimum: 60, bar: { hitAt1: 0.93, hitAt3: 0.97, mrr: 0.95 } },
  {
    name: 'life events and papers',
    file: EVENT_RELEVANCE_FILE,
    minimum: 25,
    bar: { hitAt1: 0.8, hitAt3: 0.9, mrr: 0.85 },
  },
])('search relevance: $name', ({ name, file, minimum, bar }) => {
  const cases = readRelevanceSet(file);

  it(`has at least ${minimum} queries, each answered by a procedure or event that exists`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
    const unknown = cases.flatMap((item) =>
      item.expected.filter((answer) => !known.has(answer)).map((answer) => `${item.query} → ${answer}`),
    );
    expect(unknown, 'expected answers missing from the catalogue or the events').toEqual([]);
  });

  it(`reaches hit@1 ≥ ${bar.hitAt1}, hit@3 ≥ ${bar.hitAt3}, MRR ≥ ${bar.mrr}, better than plain fuse.js`, () => {
    const { ours, fuse } = measure(name, cases);
    expect(ours.hitAt1).toBeGreaterThanOrEqual(bar.hitAt1);
    expect(ours.hitAt3).toBeGreaterThanOrEqual(bar.hitAt3);
    expect(ours.mrr).toBeGreaterThanOrEqual(bar.mrr);
    expect(ours.mrr).toBeGreaterThan(fuse.mrr);
  }, 180_000);
});
