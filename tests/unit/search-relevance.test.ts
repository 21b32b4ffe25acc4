/**
 * Does the search put the right answer first for the way citizens type? Runs the relevance sets
 * over the catalogue and content as they are now, prints hit@1, hit@3, hit@5 and MRR for our
 * search (and for plain fuse.js on an even sample of each set), and fails below each set's bar:
 * - procedures, the tuning set (names, typos, abbreviations, codes, and since issue 24 the kinds
 *   of the held-out set for other procedures): hit@1 ≥ 0.93, hit@3 ≥ 0.96, MRR ≥ 0.95;
 * - procedures, the held-out set (not tuned on query by query; one constant, NAMED_SHARE in
 *   engine.ts, was chosen with its figures): a floor just below the figures last reached, not the
 *   target (hit@1 0.93, MRR 0.95), which is not reached yet; a change that loses ground on
 *   queries nobody tuned for must say so;
 * - procedures as a second writer typed them (tests/fixtures/search-relevance-second-writer.json):
 *   a floor at the figures reached after tuning on it, far below the tuning set's: the gap is the
 *   work left;
 * - life events by everyday words and procedures by papers ("sinh con", "giấy chứng sinh");
 * - life events told as sentences ("vợ tôi vừa sinh thì phải làm những gì"), the tuning part and
 *   a held-out part written from the events' titles and descriptions only: floors at the figures
 *   reached, below the target of hit@3 0.95.
 */
import { describe, expect, it } from 'vitest';
import { createBaseline, searchBaseline } from '../../scripts/lib/bench/baseline';
import {
  answerOf,
  EVENT_HELD_OUT_RELEVANCE_FILE,
  EVENT_RELEVANCE_FILE,
  HELD_OUT_RELEVANCE_FILE,
  rankOf,
  readRelevanceSet,
  relevanceScores,
  RELEVANCE_FILE,
  SECOND_WRITER_RELEVANCE_FILE,
  SENTENCE_KIND,
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

/**
 * Each query's rank by `rank`, handing the worker back to Vitest between queries: plain fuse.js
 * takes up to half a second per query, and a loop that never yields made Vitest's worker miss its
 * own messages ("Timeout calling onTaskUpdate") on a loaded machine.
 */
async function ranksOf(
  cases: RelevanceCase[],
  rank: (item: RelevanceCase) => number | undefined,
): Promise<(number | undefined)[]> {
  const ranks: (number | undefined)[] = [];
  for (const item of cases) {
    ranks.push(rank(item));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return ranks;
}

/** Plain fuse.js is compared on at most this many queries of a set, spread evenly: it takes up to
 * half a second a query, and the comparison is a sanity check, not the measure. */
const FUSE_SAMPLE = 60;

/**
 * Our ranks for each query, printed with the queries not answered first, and our MRR beside plain
 * fuse.js's on the same evenly spread sample of the set.
 */
async function measure(
  name: string,
  cases: RelevanceCase[],
  { withFuse = true, showMisses = true } = {},
): Promise<{ ours: RelevanceScores; sample: { ours: RelevanceScores; fuse: RelevanceScores } }> {
  const ours = await ranksOf(cases, (item) =>
    rankOf(
      search(index, item.query).hits.map((hit) => answerOf(hit.record)),
      item.expected,
    ),
  );
  const step = Math.ceil(cases.length / FUSE_SAMPLE);
  const sampled = withFuse ? cases.flatMap((_, at) => (at % step === 0 ? [at] : [])) : [];
  const theirs = await ranksOf(
    sampled.map((at) => cases[at] as RelevanceCase),
    (item) => rankOf(searchBaseline(baseline, item.query).map(answerOf), item.expected),
  );
  const misses = cases.flatMap((item, i) =>
    ours[i] === 1 ? [] : [`  "${item.query}" → rank ${ours[i] ?? 'none'}`],
  );
  const scores = relevanceScores(ours);
  const sample = {
    ours: relevanceScores(sampled.map((at) => ours[at])),
    fuse: relevanceScores(theirs),
  };
  console.log(
    [
      `${name}, ${cases.length} queries:`,
      format('ours', scores),
      ...(withFuse
        ? [`on ${sampled.length} of them:`, format('ours', sample.ours), format('fuse.js', sample.fuse)]
        : []),
      ...(showMisses ? ['Not first:', ...misses] : ['(its queries not answered first are not printed)']),
    ].join('\n'),
  );
  return { ours: scores, sample };
}

const isSentence = (item: RelevanceCase): boolean => item.kind === SENTENCE_KIND;

describe.each([
  {
    name: 'procedures (tuning)',
    cases: readRelevanceSet(RELEVANCE_FILE),
    minimum: 190,
    bar: { hitAt1: 0.93, hitAt3: 0.96, mrr: 0.95 },
  },
  {
    name: 'procedures (held out)',
    cases: readRelevanceSet(HELD_OUT_RELEVANCE_FILE),
    minimum: 40,
    bar: { hitAt1: 0.76, hitAt3: 0.8, mrr: 0.8 },
    // Only its figures: a list of its misses would invite tuning on it.
    showMisses: false,
  },
  {
    name: 'procedures (second writer)',
    cases: readRelevanceSet(SECOND_WRITER_RELEVANCE_FILE),
    minimum: 60,
    bar: { hitAt1: 0.55, hitAt3: 0.73, mrr: 0.65 },
    withFuse: false,
  },
  {
    name: 'life events by everyday words, and papers',
    cases: readRelevanceSet(EVENT_RELEVANCE_FILE).filter((item) => !isSentence(item)),
    minimum: 25,
    bar: { hitAt1: 0.8, hitAt3: 0.88, mrr: 0.85 },
  },
  {
    name: 'life events told as sentences',
    cases: readRelevanceSet(EVENT_RELEVANCE_FILE).filter(isSentence),
    minimum: 30,
    bar: { hitAt1: 0.8, hitAt3: 0.86, mrr: 0.83 },
    // Plain fuse.js takes half a second per sentence and finds none of them (MRR 0.02 when
    // measured on 2026-12-06): the comparison would only slow the suite.
    withFuse: false,
  },
  {
    name: 'life events told as sentences (held out)',
    cases: readRelevanceSet(EVENT_HELD_OUT_RELEVANCE_FILE),
    minimum: 40,
    bar: { hitAt1: 0.7, hitAt3: 0.83, mrr: 0.77 },
    withFuse: false,
    showMisses: false,
  },
])('search relevance: $name', ({ name, cases, minimum, bar, withFuse = true, showMisses = true }) => {
  it(`has at least ${minimum} queries, each answered by a procedure or event that exists`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
    const unknown = cases.flatMap((item) =>
      item.expected.filter((answer) => !known.has(answer)).map((answer) => `${item.query} → ${answer}`),
    );
    expect(unknown, 'expected answers missing from the catalogue or the events').toEqual([]);
  });

  const against = withFuse ? ', better than plain fuse.js' : '';
  it(`reaches hit@1 ≥ ${bar.hitAt1}, hit@3 ≥ ${bar.hitAt3}, MRR ≥ ${bar.mrr}${against}`, async () => {
    const { ours, sample } = await measure(name, cases, { withFuse, showMisses });
    expect(ours.hitAt1).toBeGreaterThanOrEqual(bar.hitAt1);
    expect(ours.hitAt3).toBeGreaterThanOrEqual(bar.hitAt3);
    expect(ours.mrr).toBeGreaterThanOrEqual(bar.mrr);
    if (withFuse) expect(sample.ours.mrr).toBeGreaterThan(sample.fuse.mrr);
  }, 180_000);
});
