/**
 * The committed catalogue is exactly what `npm run import:default` makes from the committed sources:
 * the test runs the same command line (read from package.json) in memory and compares the bytes.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procedureFee } from '../../../src/lib/catalogue/fees';
import { catalogueSchema } from '../../../src/lib/catalogue/schema';
import { buildCatalogue, type BuildResult } from '../../../scripts/lib/import/build';
import { serialiseCatalogue } from '../../../scripts/lib/import/catalogue';
import { parseImportArgs, type ImportOptions } from '../../../scripts/lib/import/cli';
import { readSources } from '../../../scripts/lib/import/read-sources';
import { tallyRows } from '../../../scripts/lib/import/report';
import { loadTopicGroups } from '../../../scripts/lib/import/topic-groups';

/** The arguments of the import:default script, as npm would pass them. */
function defaultImportOptions(): ImportOptions {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const [, script, ...args] = (scripts['import:default'] ?? '').split(/\s+/);
  expect(script).toBe('scripts/import-catalogue.ts');
  const options = parseImportArgs(args);
  if (options === 'help') throw new Error('import:default asks for help');
  return options;
}

const options = defaultImportOptions();
const committed = readFileSync(options.out);
let rebuilt: { result: BuildResult; text: string } | undefined;

async function rebuild() {
  if (!rebuilt) {
    const sources = await readSources(options.inputs, [options.out]);
    const result = buildCatalogue(sources, loadTopicGroups(), options.tiers);
    rebuilt = { result, text: serialiseCatalogue(result.catalogue) };
  }
  return rebuilt;
}

describe('the committed catalogue', { timeout: 60_000 }, () => {
  it('is reproduced byte for byte by npm run import:default', async () => {
    const { text } = await rebuild();
    expect(Buffer.from(text, 'utf8').equals(committed)).toBe(true);
  });

  it('holds every detail record carried out at province or commune tier, and nothing else', () => {
    const details = JSON.parse(readFileSync('content/catalogue/sources/detail-extract.json', 'utf8')) as {
      ma_tthc: string;
      cap_thuc_hien: string;
    }[];
    const expected = details.filter((d) => /Cấp tỉnh|Cấp xã/.test(d.cap_thuc_hien)).map((d) => d.ma_tthc);
    const catalogue = catalogueSchema.parse(JSON.parse(committed.toString('utf8')));
    expect(catalogue.procedures.map((p) => p.code)).toEqual([...expected].sort());
    expect(catalogue.attribution).toBe('Nguồn: Cơ sở dữ liệu quốc gia về thủ tục hành chính');
  });

  it('accounts for every row of the sources and rejects none', async () => {
    const { result } = await rebuild();
    const tally = tallyRows(result.ledger);
    const rowsRead = result.catalogue.sources.reduce((sum, source) => sum + source.rows, 0);
    expect(tally.read).toBe(rowsRead);
    expect(tally.imported + tally.merged + tally.filtered + tally.rejected).toBe(rowsRead);
    expect(tally.imported).toBe(result.catalogue.procedures.length);
    expect(tally.rejected).toBe(0);
  });

  it('uses only topic groups that nhom-linh-vuc.json defines', () => {
    const groups = new Set(loadTopicGroups().ids);
    const catalogue = JSON.parse(committed.toString('utf8')) as { procedures: { topicGroup: string }[] };
    expect(catalogue.procedures.filter((p) => !groups.has(p.topicGroup))).toEqual([]);
  });

  /**
   * Since the detail export carries each page's documents, steps and legal basis (2026-12-01) the
   * catalogue is about 13 MB of plain JSON, other tools read it as it is. Git stores it compressed
   * (about 1.4 MB). The limit catches a runaway import (a section repeated, a wrong source), not growth.
   */
  it('stays small enough to commit and to build from (under 20 MB)', () => {
    expect(statSync(options.out).size).toBeLessThan(20 * 1024 * 1024);
  });

  it('holds the sections of the detail pages: documents, steps, results, legal basis', async () => {
    const catalogue = catalogueSchema.parse(JSON.parse(committed.toString('utf8')));
    const birth = catalogue.procedures.find((procedure) => procedure.code === '1.001193');
    expect(birth?.documents?.find((document) => document.name.startsWith('Giấy chứng sinh'))).toMatchObject({
      originals: 1,
      copies: 0,
      group: 'Giấy tờ phải nộp',
    });
    expect(birth?.result).toEqual([{ name: 'Giấy khai sinh', resultCode: 'KQ.G15.000031' }]);
    const withSteps = catalogue.procedures.filter((procedure) => procedure.steps).length;
    const withDocuments = catalogue.procedures.filter((procedure) => procedure.documents).length;
    expect(withSteps).toBe(catalogue.procedures.length);
    // 1,599 records have documents text; 27 of them have no table header, or only "--".
    expect(withDocuments).toBeGreaterThanOrEqual(1570);
    const { result } = await rebuild();
    const rows = result.sections.reduce((sum, tally) => sum + tally.documentRows, 0);
    expect(rows).toBe(catalogue.procedures.reduce((sum, p) => sum + (p.documents?.length ?? 0), 0));
  });

  it('names no document by a file: every form file is split off into the row\'s forms', () => {
    const catalogue = catalogueSchema.parse(JSON.parse(committed.toString('utf8')));
    const withFile = catalogue.procedures.flatMap((procedure) =>
      (procedure.documents ?? [])
        .filter((document) => /\.(?:docx?|pdf|xlsx?)\s*$/i.test(document.name))
        .map((document) => `${procedure.code}: ${document.name.slice(-60)}`),
    );
    expect(withFile).toEqual([]);
  });

  it('never shows "Miễn phí" for a procedure whose record names an amount in đồng', () => {
    const catalogue = catalogueSchema.parse(JSON.parse(committed.toString('utf8')));
    const amountInDong = /\d[\d.,]*\s*(?:đồng|VNĐ|VND)|\d+đ(?![\p{L}])/iu;
    const freeButPriced = catalogue.procedures
      .filter((procedure) =>
        procedure.methods.some((m) => amountInDong.test(m.description ?? '') || amountInDong.test(m.fee?.text ?? '')),
      )
      .filter((procedure) => procedureFee(procedure.methods, '2026-12-06').kind === 'free')
      .map((procedure) => procedure.code);
    expect(freeButPriced).toEqual([]);
    const licence = catalogue.procedures.find((procedure) => procedure.code === '3.000348');
    expect(licence && procedureFee(licence.methods, '2026-12-06')).toMatchObject({ kind: 'amounts', contradicts: true });
  });
});
