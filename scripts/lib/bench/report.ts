/** Prints the benchmark as a Markdown table, ready to paste into a note. */
import type { Measurement } from './measure';
import type { Weight } from './page-weight';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export function benchmarkTable(measurements: readonly Measurement[]): string {
  const rows = measurements.flatMap((m) => [
    [`${m.label} (${m.records})`, 'ours', m.ours] as const,
    [`${m.label} (${m.records})`, 'fuse.js default', m.baseline] as const,
  ]);
  return [
    '| catalogue (records) | search | payload raw | payload gzip | load (parse + build) | p50 | p95 | max | queries timed |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ([label, name, side]) =>
        `| ${label} | ${name} | ${kb(side.rawBytes)} | ${kb(side.gzipBytes)} | ${ms(side.loadMs)} | ${ms(side.p50Ms)} | ${ms(side.p95Ms)} | ${ms(side.maxMs)} | ${side.queries} |`,
    ),
  ].join('\n');
}

export function prebuiltNote(measurements: readonly Measurement[]): string {
  return measurements
    .map(
      (m) =>
        `Fuse prebuilt index, ${m.label}: +${kb(m.prebuilt.indexGzipBytes)} gzip to download; parseIndex + constructor ${ms(m.prebuilt.parseMs)} vs constructor alone ${ms(m.prebuilt.createMs)}.`,
    )
    .join('\n');
}

export function scriptsNote(weight: Weight | undefined): string {
  return weight
    ? `Search page JavaScript (dist/tra-cuu/, ${weight.files} files): ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzip.`
    : 'Search page JavaScript: dist/ not found, run `npm run build` first to measure it.';
}
