/**
 * Helpers for import tests: sources in a scratch folder (with the manifest the import requires),
 * and the real command run as operators run it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSourceBytes } from '../../scripts/lib/import/read-sources';
import type { SourceFile, SourceFormat } from '../../scripts/lib/import/types';

export const FIXTURES = resolve('tests/fixtures/import');
const IMPORT_SCRIPT = resolve('scripts/import-catalogue.ts');
const TSX = resolve('node_modules/tsx/dist/cli.mjs');

/** Files in a new scratch folder, each dated in a manifest beside them. */
export function sourcesFolder(files: Record<string, string | Uint8Array>, exportedOn = '2026-07-20'): string {
  const folder = mkdtempSync(join(tmpdir(), 'import-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  const exports = Object.keys(files).map((file) => ({ file, exportedOn }));
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ exports }));
  return folder;
}

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Reads bytes as the import would read a file of that name. */
export function readAs(
  format: SourceFormat,
  bytes: string | Uint8Array,
  file = `nguon.${format}`,
): Promise<SourceFile> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return readSourceBytes(file, format, data, '2026-07-20');
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run import -- ARGS` (without npm) in `cwd`. */
export function runImportCli(args: readonly string[], cwd: string): CliRun {
  const run = spawnSync(process.execPath, [TSX, IMPORT_SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
