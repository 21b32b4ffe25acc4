/**
 * Browser tests name procedures by code (the birth registration page, the one with the most
 * documents…). When a re-import drops or renumbers one, its test would fail for the wrong reason
 * or, worse, test a 404 page; this names the test file and the code instead. The fixture site's
 * named cases (8.0000xx, scripts/lib/fixture-site/cases.ts) are known too: they are built there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/lib/data-files';
import { DATA_FILES } from '../../src/lib/content/data-files';
import { PROCEDURE_CODE_PATTERN } from '../../src/lib/catalogue/constants';
import { NAMED_CASES } from '../../scripts/lib/fixture-site/cases';

const E2E = 'tests/e2e';
const CODE_IN_TEST = new RegExp(`(?<![\\d.])${PROCEDURE_CODE_PATTERN}(?![\\d.])`, 'g');

describe('procedure codes written in the browser tests', () => {
  const known = new Set([
    ...readCatalogue(DATA_FILES.catalogue).procedures.map((procedure) => procedure.code),
    ...NAMED_CASES.map((named) => named.code),
  ]);
  const files = readdirSync(E2E).filter((name) => name.endsWith('.ts'));

  it('are found in some test file (the check itself reads them)', () => {
    const all = files.flatMap((name) => readFileSync(join(E2E, name), 'utf8').match(CODE_IN_TEST) ?? []);
    expect(all.length).toBeGreaterThan(0);
  });

  for (const name of files) {
    it(`${name}: every code is in the committed catalogue`, () => {
      const codes = [...new Set(readFileSync(join(E2E, name), 'utf8').match(CODE_IN_TEST) ?? [])];
      expect(codes.filter((code) => !known.has(code))).toEqual([]);
    });
  }
});
