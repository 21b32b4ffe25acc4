import { describe, expect, it } from 'vitest';
import type { Catalogue, Procedure } from '../../../src/lib/catalogue/schema';
import { aProcedure } from '../../support/procedure';
import type { BuildResult } from '../../../scripts/lib/import/build';
import { serialiseCatalogue } from '../../../scripts/lib/import/catalogue';
import { canonicalJson,
  countSections, diffCatalogues } from '../../../scripts/lib/import/diff';
import { refusals } from '../../../scripts/lib/import/safety';
import { rejectsCsv, rejectsReportPath } from '../../../scripts/lib/import/write';

function procedure(code: string, name = `Thủ tục ${code}`): Procedure {
  return aProcedure({ code, name, agencies: [], applicants: [], methods: [] });
}

function catalogue(procedures: Procedure[]): Catalogue {
  return { attribution: 'Nguồn: x', asOf: '2026-07-20', sources: [], procedures };
}

function previousOf(procedures: Procedure[]) {
  return { procedures: new Map(procedures.map((p) => [p.code, canonicalJson(p)])), withSection: countSections(procedures) };
}

describe('the diff against the previous catalogue', () => {
  it('lists added, removed and changed codes', () => {
    const before = [procedure('1.000001'), procedure('1.000002'), procedure('1.000003')];
    const after = [procedure('1.000001'), procedure('1.000002', 'Tên mới'), procedure('1.000004')];
    expect(diffCatalogues(previousOf(before), catalogue(after))).toMatchObject({
      previousCount: 3,
      added: ['1.000004'],
      removed: ['1.000003'],
      changed: ['1.000002'],
    });
  });

  it('sees no change when only the key order differs', () => {
    const p = procedure('1.000001');
    const reordered = Object.fromEntries(Object.entries(p).reverse()) as Procedure;
    expect(diffCatalogues(previousOf([reordered]), catalogue([p])).changed).toEqual([]);
  });

  it('treats a first run as adding everything', () => {
    expect(diffCatalogues(undefined, catalogue([procedure('1.000001')]))).toMatchObject({
      previousCount: 0,
      added: ['1.000001'],
    });
  });
});

describe('safety checks', () => {
  const result = (procedures: Procedure[], rejected = 0) =>
    ({
      catalogue: catalogue(procedures),
      rejected: Array.from({ length: rejected }, (_, row) => ({
        ref: { file: 'a.csv', format: 'csv', row },
        reason: 'x',
      })),
    }) as unknown as BuildResult;
  const ten = Array.from({ length: 10 }, (_, i) => procedure(`1.00000${i}`));
  const allowNothing = { acceptRejects: false, allowShrink: false };

  it('refuse to shrink the catalogue by more than 20% unless allowed', () => {
    const diff = diffCatalogues(previousOf(ten), catalogue(ten.slice(0, 7)));
    expect(refusals(result(ten.slice(0, 7)), diff, allowNothing)).toEqual([
      expect.stringContaining('ít hơn 30%'),
    ]);
    expect(refusals(result(ten.slice(0, 7)), diff, { ...allowNothing, allowShrink: true })).toEqual([]);
    const slight = diffCatalogues(previousOf(ten), catalogue(ten.slice(0, 8)));
    expect(refusals(result(ten.slice(0, 8)), slight, allowNothing)).toEqual([]);
  });

  it('refuse to write when rows were rejected, unless accepted', () => {
    const diff = diffCatalogues(previousOf(ten), catalogue(ten));
    expect(refusals(result(ten, 2), diff, allowNothing)).toEqual([
      expect.stringContaining('--accept-rejects'),
    ]);
    expect(refusals(result(ten, 2), diff, { ...allowNothing, acceptRejects: true })).toEqual([]);
  });

  it('refuse to write an empty catalogue', () => {
    expect(
      refusals(result([]), diffCatalogues(undefined, catalogue([])), {
        acceptRejects: true,
        allowShrink: true,
      }),
    ).toHaveLength(1);
  });
});

describe('the written file', () => {
  it('has one procedure per line, keys in schema order, and a final newline', () => {
    const text = serialiseCatalogue(catalogue([procedure('1.000001'), procedure('1.000002')]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines.filter((line) => line.startsWith('    {"code":'))).toHaveLength(2);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(catalogue([procedure('1.000001'), procedure('1.000002')]));
  });

  it('puts the rejects report beside the catalogue, readable in Excel', () => {
    expect(rejectsReportPath('content/catalogue/services.json')).toBe(
      'content/catalogue/services.rejects.csv',
    );
    const csv = rejectsCsv([
      { ref: { file: 'b.csv', format: 'csv', row: 3 }, reason: 'Thiếu tên "A"' },
      { ref: { file: 'a.csv', format: 'csv', row: 9 }, code: '1.000001', reason: 'Sai mã' },
    ]);
    expect(
      csv.startsWith(
        '\uFEFFTệp,Dòng,Mã số,Lý do\r\n"a.csv","9","1.000001","Sai mã"\r\n"b.csv","3","","Thiếu tên ""A"""',
      ),
    ).toBe(true);
  });
});
