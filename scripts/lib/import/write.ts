/**
 * Step 8, write: only after every check has passed, and atomically (a temporary file in the same
 * folder, then a rename), so a crash or a full disk never leaves a half-written catalogue. The
 * temporary file ends in ".tmp", which .gitignore covers; one left by a killed run is removed by the
 * next.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Rejection } from './types';

/** ".services.json.<pid>.tmp": the temporary files a run writes beside `path`. */
function isTemporaryOf(name: string, path: string): boolean {
  const prefix = `.${basename(path)}.`;
  return name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length));
}

/** Removes temporary files a killed run left beside `path`; returns their names. */
export function removeStaleTemporaries(path: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const stale = names.filter((name) => isTemporaryOf(name, path));
  for (const name of stale) rmSync(join(dirname(path), name), { force: true });
  return stale;
}

export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  removeStaleTemporaries(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The rejects report sits beside the catalogue: services.json → services.rejects.csv. */
export function rejectsReportPath(out: string): string {
  return join(dirname(out), `${basename(out).replace(/\.json$/i, '')}.rejects.csv`);
}

function csvCell(value: string | number): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** A CSV that opens in Excel with Vietnamese intact (UTF-8 with a byte-order mark). */
export function rejectsCsv(rejected: readonly Rejection[]): string {
  const rows = [...rejected]
    .sort((a, b) => (a.ref.file < b.ref.file ? -1 : a.ref.file > b.ref.file ? 1 : a.ref.row - b.ref.row))
    .map((r) => [r.ref.file, r.ref.row, r.code ?? '', r.reason].map(csvCell).join(','));
  return `\uFEFF${['Tệp,Dòng,Mã số,Lý do', ...rows].join('\r\n')}\r\n`;
}
