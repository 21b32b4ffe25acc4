/**
 * Benchmarks the search against plain fuse.js on the real catalogue and on a synthetic one.
 *
 *   npm run bench:search -- [--synthetic 25000] [--rounds 5]
 *
 * Prints payload size (raw, gzip), load time (parse + build), and p50/p95 query latency for both,
 * the cost of Fuse's prebuilt index, and the search page's JavaScript (after `npm run build`).
 * Timings are this machine's; a phone is slower. Nothing here asserts a time.
 */
import { parseArgs } from 'node:util';
import { measure } from './lib/bench/measure';
import { searchPageScripts } from './lib/bench/page-weight';
import {
  EVENT_HELD_OUT_RELEVANCE_FILE,
  EVENT_RELEVANCE_FILE,
  HELD_OUT_RELEVANCE_FILE,
  readRelevanceSet,
  RELEVANCE_FILE,
  SECOND_WRITER_RELEVANCE_FILE,
} from './lib/bench/relevance';
import { benchmarkTable, prebuiltNote, scriptsNote } from './lib/bench/report';
import { realSource, syntheticSource } from './lib/bench/sources';

const { values } = parseArgs({
  options: { synthetic: { type: 'string', default: '25000' }, rounds: { type: 'string', default: '5' } },
});
const rounds = Number(values.rounds);

/** Every relevance set's queries, plus each one as it looks half typed: what a search box sees. */
function benchmarkQueries(): string[] {
  const full = [
    RELEVANCE_FILE,
    HELD_OUT_RELEVANCE_FILE,
    SECOND_WRITER_RELEVANCE_FILE,
    EVENT_RELEVANCE_FILE,
    EVENT_HELD_OUT_RELEVANCE_FILE,
  ]
    .flatMap((file) => readRelevanceSet(file))
    .map((item) => item.query);
  return [...full, ...full.map((query) => query.slice(0, Math.ceil(query.length / 2)))];
}

const queries = benchmarkQueries();
const real = realSource();
if (real.procedures.length === 0) console.warn('The real catalogue is empty: run the import first.');
const synthetic = syntheticSource(Number(values.synthetic));

console.log(`Measuring ${queries.length} queries × ${rounds} rounds …`);
const measurements = [
  measure(real, queries, { rounds, baselineQueries: queries }),
  // Plain fuse.js takes seconds per query at this size: a sample of 20 is enough to see it.
  measure(synthetic, queries, {
    rounds,
    baselineQueries: queries.filter((_, i) => i % Math.ceil(queries.length / 20) === 0),
  }),
];
console.log(
  `\n${benchmarkTable(measurements)}\n\n${prebuiltNote(measurements)}\n${scriptsNote(searchPageScripts())}`,
);
