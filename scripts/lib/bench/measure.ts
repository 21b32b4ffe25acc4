/**
 * One benchmark run over one catalogue: payload, load time and query latency for our search and
 * for the baseline (plain fuse.js, default options, same records).
 */
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { decodeSearchAsset } from '../../../src/lib/search/asset-decode';
import type { SearchRecord } from '../../../src/lib/search/asset-format';
import { createSearchIndex, search } from '../../../src/lib/search/engine';
import { BASELINE_KEYS, createBaseline, searchBaseline } from './baseline';
import { assetOf, type SearchSource } from './sources';
import { medianTime, percentile, time } from './timing';

export interface Side {
  rawBytes: number;
  gzipBytes: number;
  loadMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  queries: number;
}

export interface Measurement {
  label: string;
  records: number;
  ours: Side;
  baseline: Side;
  prebuilt: { indexGzipBytes: number; parseMs: number; createMs: number };
}

function sizes(json: string): { rawBytes: number; gzipBytes: number } {
  return { rawBytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length };
}

/**
 * Wall-clock latency per query, each query measured `rounds` times after an untimed warm-up over
 * a few queries (the JavaScript engine compiles the hot code once per page load, not per query).
 */
function latencies(run: (query: string) => unknown, queries: readonly string[], rounds: number) {
  for (const query of queries.slice(0, 5)) run(query);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries) samples.push(time(() => run(query)));
  return {
    p50Ms: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    maxMs: percentile(samples, 1),
    queries: samples.length,
  };
}

export function measure(
  source: SearchSource,
  queries: readonly string[],
  options: { rounds: number; baselineQueries: readonly string[] },
): Measurement {
  const json = JSON.stringify(assetOf(source));
  const data = decodeSearchAsset(JSON.parse(json));
  // What a typical site ships: the records as plain objects.
  const baselineJson = JSON.stringify(data.records);

  const index = createSearchIndex(data);
  // Every query starts with an empty word cache: a citizen's first query, not a repeated one.
  const ours = latencies(
    (query) => {
      index.wordCache.clear();
      return search(index, query);
    },
    queries,
    options.rounds,
  );
  const fuse = createBaseline(data.records);
  const baseline = latencies((query) => searchBaseline(fuse, query), options.baselineQueries, 1);

  const prebuiltIndex = JSON.stringify(Fuse.createIndex(BASELINE_KEYS, data.records).toJSON());
  const records: SearchRecord[] = JSON.parse(baselineJson) as SearchRecord[];
  return {
    label: source.label,
    records: data.records.length,
    ours: {
      ...sizes(json),
      loadMs: medianTime(() => createSearchIndex(decodeSearchAsset(JSON.parse(json)))),
      ...ours,
    },
    baseline: {
      ...sizes(baselineJson),
      loadMs: medianTime(() => createBaseline(JSON.parse(baselineJson) as SearchRecord[])),
      ...baseline,
    },
    prebuilt: {
      indexGzipBytes: gzipSync(prebuiltIndex).length,
      parseMs: medianTime(
        () => new Fuse(records, { keys: BASELINE_KEYS }, Fuse.parseIndex(JSON.parse(prebuiltIndex) as never)),
      ),
      createMs: medianTime(() => new Fuse(records, { keys: BASELINE_KEYS })),
    },
  };
}
