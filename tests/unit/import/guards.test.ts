/**
 * The import's guards against an operator's slip (issue 20): an export without its detail
 * sections, an old catalogue that cannot be read, --out pointing at an input, a killed run's
 * temporary file, Vietnamese encoded twice, a CSV cut short, sources that disagree on a list.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../../scripts/lib/import/cli';
import { countSections, diffCatalogues, readPreviousCatalogue } from '../../../scripts/lib/import/diff';
import { UsageError } from '../../../scripts/lib/import/errors';
import { mergeByCode } from '../../../scripts/lib/import/merge';
import { normaliseSources } from '../../../scripts/lib/import/normalise';
import { readListCsv } from '../../../scripts/lib/import/read-csv';
import { refusals } from '../../../scripts/lib/import/safety';
import { removeStaleTemporaries, writeFileAtomically } from '../../../scripts/lib/import/write';
import type { BuildResult } from '../../../scripts/lib/import/build';
import type { Catalogue, Procedure } from '../../../src/lib/catalogue/schema';
import { aProcedure } from '../../support/procedure';
import { readAs } from '../../support/import';

const SAFE = { acceptRejects: false, allowShrink: false };

function catalogueOf(procedures: Procedure[]): Catalogue {
  return { attribution: 'Nguồn', asOf: '2026-07-20', sources: [], procedures };
}

/** A result the build would give for these procedures, with nothing rejected. */
function resultOf(catalogue: Catalogue): BuildResult {
  return { catalogue, rejected: [] } as unknown as BuildResult;
}

function withSections(code: string): Procedure {
  return aProcedure({
    code,
    documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
    steps: ['Bước 1: Nộp hồ sơ'],
    result: [{ name: 'Giấy khai sinh' }],
    legalBasis: [{ title: 'Luật 60/2014/QH13' }],
  });
}

const codes = Array.from({ length: 20 }, (_, i) => `1.${String(1000 + i).padStart(6, '0')}`);

describe('the import refuses to empty the procedure pages', () => {
  const previousFile = (procedures: Procedure[]) => {
    const folder = mkdtempSync(join(tmpdir(), 'guard-'));
    const path = join(folder, 'services.json');
    writeFileSync(path, JSON.stringify(catalogueOf(procedures)));
    return path;
  };

  it('names each section whose share drops, with before and after, unless --allow-shrink', () => {
    const { previous } = readPreviousCatalogue(previousFile(codes.map(withSections)));
    const stripped = catalogueOf(codes.map((code) => aProcedure({ code })));
    const diff = diffCatalogues(previous, stripped);
    const reasons = refusals(resultOf(stripped), diff, SAFE);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('giấy tờ: 100% thủ tục có trước đây, 0% bây giờ');
    expect(reasons[0]).toContain('căn cứ pháp lý');
    expect(refusals(resultOf(stripped), diff, { ...SAFE, allowShrink: true })).toEqual([]);
  });

  it('lets a small change in the sections through', () => {
    const { previous } = readPreviousCatalogue(previousFile(codes.map(withSections)));
    const next = catalogueOf(codes.map((code, i) => (i === 0 ? aProcedure({ code }) : withSections(code))));
    expect(refusals(resultOf(next), diffCatalogues(previous, next), SAFE)).toEqual([]);
    expect(countSections(next.procedures)).toEqual({ documents: 19, steps: 19, result: 19, legalBasis: 19 });
  });

  it('stops when the old catalogue cannot be read (a truncated file), unless --allow-shrink', () => {
    const path = previousFile(codes.map(withSections));
    writeFileSync(path, '{"attribution":"Nguồn","procedures":[{"code":"1.00');
    const { previous, problem } = readPreviousCatalogue(path);
    expect(previous).toBeUndefined();
    const next = catalogueOf([withSections('1.001193')]);
    const reasons = refusals(resultOf(next), diffCatalogues(previous, next), SAFE, problem);
    expect(reasons[0]).toMatch(/^Không đọc được danh mục hiện có/);
    expect(refusals(resultOf(next), diffCatalogues(previous, next), { ...SAFE, allowShrink: true }, problem)).toEqual([]);
  });
});

describe('the command line', () => {
  it('never writes the catalogue over one of its own inputs', () => {
    expect(() => parseImportArgs(['--out', 'nguon/chi-tiet.json', 'nguon/chi-tiet.json'])).toThrowError(UsageError);
    expect(() => parseImportArgs(['--out', './nguon/../nguon/chi-tiet.json', 'nguon/chi-tiet.json'])).toThrowError(
      /là một trong các tệp nguồn/,
    );
  });
});

describe('a killed run', () => {
  it('leaves a temporary file .gitignore covers, which the next run removes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tmp-'));
    const out = join(folder, 'services.json');
    writeFileSync(join(folder, '.services.json.4242.tmp'), '{"cut');
    writeFileSync(join(folder, 'other.tmp'), 'not ours');
    expect(removeStaleTemporaries(out)).toEqual(['.services.json.4242.tmp']);
    writeFileAtomically(out, '{}\n');
    expect(readdirSync(folder).sort()).toEqual(['other.tmp', 'services.json']);
  });
});

describe('bad text in a source', () => {
  it('refuses a row whose Vietnamese was encoded twice, naming the row', async () => {
    const source = await readAs('csv', 'Mã số,Tên,Lĩnh vực\n1.001193,Ä‘Äƒng kÃ½ khai sinh,Hộ tịch\n1.000894,Đăng ký kết hôn,Hộ tịch\n');
    const { candidates, rejected } = normaliseSources([source]);
    expect(candidates.map((c) => c.code)).toEqual(['1.000894']);
    expect(rejected).toEqual([
      expect.objectContaining({ ref: expect.objectContaining({ row: 2 }), reason: expect.stringContaining('mã hóa UTF-8 hai lần') }),
    ]);
  });

  it('refuses a CSV whose last row was cut short, or whose last quote never closes', () => {
    const header = 'Mã số,Tên,Lĩnh vực,Cơ quan thực hiện\n';
    const cut = `${header}1.001193,Đăng ký khai sinh,Hộ tịch,Ủy ban nhân dân cấp xã\n1.000894,Đăng ký kết`;
    expect(() => readListCsv('mot-cua.csv', Buffer.from(cut))).toThrowError(/Dòng cuối \(dòng 3\) chỉ có 2 ô/);
    const open = `${header}1.001193,Đăng ký khai sinh,Hộ tịch,"Ủy ban nhân dân`;
    expect(() => readListCsv('mot-cua.csv', Buffer.from(open))).toThrowError(/ngoặc kép mà không đóng/);
  });
});

describe('sources that disagree', () => {
  it('warn for a list too, whatever the order of its items', async () => {
    const list = await readAs(
      'csv',
      'Mã số,Tên,Lĩnh vực,Cơ quan thực hiện\n1.001193,Đăng ký khai sinh,Hộ tịch,Công an xã\n1.000894,Kết hôn,Hộ tịch,"Sở Tư pháp; UBND xã"\n',
      'a.csv',
    );
    const other = await readAs(
      'csv',
      'Mã số,Tên,Lĩnh vực,Cơ quan thực hiện\n1.001193,Đăng ký khai sinh,Hộ tịch,Ủy ban nhân dân cấp xã\n1.000894,Kết hôn,Hộ tịch,"UBND xã; Sở Tư pháp"\n',
      'b.csv',
    );
    const { conflicts } = mergeByCode(normaliseSources([list, other]).candidates);
    expect(conflicts.map((c) => [c.code, c.field])).toEqual([['1.001193', 'cơ quan thực hiện']]);
  });
});
