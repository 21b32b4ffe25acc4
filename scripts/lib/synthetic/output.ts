import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DATA_FILES } from '../../../src/lib/content/data-files';

/** The committed catalogue: a synthetic one must never overwrite it. */
const REAL_CATALOGUE = resolve(DATA_FILES.catalogue);

export function refuseRealCatalogue(out: string): void {
  if (resolve(out) === REAL_CATALOGUE) {
    throw new Error(
      `${out} is the real catalogue; write synthetic data elsewhere (e.g. tmp/synthetic-25000.json).`,
    );
  }
}

export function writeJson(out: string, value: unknown): void {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, `${JSON.stringify(value)}\n`);
}
