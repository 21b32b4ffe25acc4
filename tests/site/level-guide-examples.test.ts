/**
 * The level guides give example procedures "that can be submitted online". Each example must be a
 * procedure in the catalogue that lists an online method, so the guides never send readers to a
 * missing page or to a procedure that cannot be done online.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptsMethod } from '../../src/lib/catalogue/methods';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { DIST, builtHtmlFiles, urlPathOf } from '../support/built-pages';

const catalogue = JSON.parse(readFileSync('content/catalogue/services.json', 'utf8')) as {
  procedures: Procedure[];
};
const byCode = new Map(catalogue.procedures.map((procedure) => [procedure.code, procedure]));

/** The guides about online levels and the toàn trình / một phần page. */
const levelGuides = builtHtmlFiles()
  .map((file) => ({ file, path: urlPathOf(file) }))
  .filter(({ path }) => /^\/huong-dan\/[a-z0-9-]*(muc-do-\d|toan-trinh)[a-z0-9-]*\/$/.test(path));

function procedureLinks(file: string): string[] {
  const html = readFileSync(join(DIST, file), 'utf8');
  return [...html.matchAll(/href="\/thu-tuc\/(\d\.\d{6})\/"/g)].map((match) => match[1] ?? '');
}

describe('example procedures in the level guides', () => {
  it('finds the level guides and their examples', () => {
    expect(levelGuides.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        '/huong-dan/dich-vu-cong-muc-do-2/',
        '/huong-dan/dich-vu-cong-muc-do-3/',
        '/huong-dan/dich-vu-cong-muc-do-4/',
      ]),
    );
    expect(levelGuides.flatMap(({ file }) => procedureLinks(file)).length).toBeGreaterThan(5);
  });

  it('are in the catalogue and can be submitted online', () => {
    expect(
      catalogue.procedures.length,
      'catalogue is empty: content/catalogue/services.json has no procedures yet (the import, issue 3), so the examples cannot be checked',
    ).toBeGreaterThan(0);
    const problems = levelGuides.flatMap(({ file, path }) =>
      procedureLinks(file).flatMap((code) => {
        const procedure = byCode.get(code);
        if (!procedure) return [`${path}: ${code} is not in the catalogue`];
        return acceptsMethod(procedure, 'truc-tuyen') ? [] : [`${path}: ${code} has no online method`];
      }),
    );
    expect(problems).toEqual([]);
  });
});
