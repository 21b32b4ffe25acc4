/**
 * Step 8, write: only after every check has passed, and atomically (a temporary file in the same
 * folder, then a rename), so a crash or a full disk never leaves a half-written catalogue.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Rejection } from './types';

export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
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
