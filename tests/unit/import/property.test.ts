/**
 * Property-based tests: whatever a file holds, a reader either returns rows or fails with an
 * ImportFileError that the command reports; it never crashes with an unhandled exception. And
 * whatever rows come out, the rest of the import builds a catalogue the shared schema accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../scripts/lib/import/build';
import { ImportFileError } from '../../../scripts/lib/import/errors';
import { loadTopicGroups } from '../../../scripts/lib/import/topic-groups';
import type { SourceFile, SourceFormat } from '../../../scripts/lib/import/types';
import { readAs } from '../../support/import';
import { buildXlsx, LIST_HEADERS } from '../../support/xlsx';

const groups = loadTopicGroups();

/** Reads, then builds; only ImportFileError may escape. */
async function readAndBuild(
  format: SourceFormat,
  bytes: string | Uint8Array,
): Promise<SourceFile | 'refused'> {
  let source: SourceFile;
  try {
    source = await readAs(format, bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return 'refused';
    throw error;
  }
  buildCatalogue([source], groups, ['tinh', 'xa']);
  buildCatalogue([source], groups);
  return source;
}

/** Text that looks like the sources: Vietnamese, codes, separators, quotes, controls, markup. */
const messyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    '1.001193',
    '1.001193.000.00.00.H58',
    '9.99999',
    'Cấp tỉnh, Cấp xã',
    'Cấp bộ',
    'Trực tuyến',
    '7 Ngày làm việc',
    '50.000 VNĐ(đồng/lần)',
    'Miễn phí',
    'Hộ tịch',
    '"',
    ';',
    ',',
    '\n',
    '<b>x</b>',
    '\u0000',
    'https://example.org/a',
    'javascript:alert(1)',
    '4',
    'Toàn trình',
  ),
);

const cells = (count: number) => fc.array(messyText, { minLength: count, maxLength: count });

describe('readers never crash', { timeout: 60_000 }, () => {
  it('on arbitrary bytes in any format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<SourceFormat>('xlsx', 'json', 'csv'),
        fc.uint8Array({ maxLength: 400 }),
        async (format, bytes) => {
          await readAndBuild(format, bytes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on CSV files with random cells, separators and quoting', async () => {
    const csvFile = fc
      .record({
        delimiter: fc.constantFrom(',', ';'),
        header: fc.shuffledSubarray(
          [
            'Mã số',
            'Tên',
            'Lĩnh vực',
            'Cấp thực hiện',
            'Mức độ',
            'Toàn trình',
            'Cơ quan thực hiện',
            'Ghi chú',
          ],
          {
            minLength: 1,
          },
        ),
        rows: fc.array(cells(8), { maxLength: 6 }),
        quoteAll: fc.boolean(),
        bom: fc.boolean(),
      })
      .map(({ delimiter, header, rows, quoteAll, bom }) => {
        const quote = (cell: string) => (quoteAll ? `"${cell.replace(/"/g, '""')}"` : cell);
        const lines = [header, ...rows.map((row) => row.slice(0, header.length + 1))].map((row) =>
          row.map(quote).join(delimiter),
        );
        return `${bom ? '\uFEFF' : ''}${lines.join('\n')}\n`;
      });
    await fc.assert(
      fc.asyncProperty(csvFile, async (text) => void (await readAndBuild('csv', text))),
      { numRuns: 200 },
    );
  });

  it('on JSON of any shape, and on detail records with random values', async () => {
    const anyJson = fc.jsonValue().map((value) => JSON.stringify(value));
    const detailRecord = fc.record(
      {
        ma_tthc: fc.oneof(messyText, fc.integer(), fc.constant(null)),
        ten_tthc: fc.oneof(messyText, fc.array(messyText), fc.object()),
        linh_vuc: messyText,
        cap_thuc_hien: messyText,
        co_quan_thuc_hien: messyText,
        co_quan_co_tham_quyen: messyText,
        doi_tuong_thuc_hien: messyText,
        link_truy_cap: messyText,
        cach_thuc_thuc_hien: fc.oneof(
          fc.array(
            fc.record({
              hinh_thuc_nop: messyText,
              thoi_gian: messyText,
              phi_le_phi: messyText,
              mo_ta: messyText,
            }),
            { maxLength: 4 },
          ),
          fc.anything(),
        ),
      },
      { requiredKeys: ['ma_tthc', 'ten_tthc'] },
    );
    const detailFile = fc
      .array(fc.oneof(detailRecord, fc.anything()), { minLength: 1, maxLength: 6 })
      .map((list) => JSON.stringify(list));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyJson, detailFile),
        async (text) => void (await readAndBuild('json', text)),
      ),
      {
        numRuns: 200,
      },
    );
  });

  it('on workbooks with random sheets and cells', async () => {
    const cell = fc.oneof(messyText, fc.double({ noNaN: true }), fc.constant(null));
    const workbook = fc
      .array(
        fc.record({
          name: fc.constantFrom('DS', 'Danh sách TTHC', 'Sheet1'),
          rows: fc.oneof(
            fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
            fc
              .array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 5 })
              .map((rows) => [['Tiêu đề'], LIST_HEADERS, ...rows]),
          ),
        }),
        { minLength: 1, maxLength: 2 },
      )
      .map((sheets) => buildXlsx(sheets.map((sheet, i) => ({ ...sheet, name: `${sheet.name}${i}` }))));
    await fc.assert(
      fc.asyncProperty(workbook, async (bytes) => void (await readAndBuild('xlsx', bytes))),
      { numRuns: 60 },
    );
  });
});

describe('files of mostly valid rows', { timeout: 60_000 }, () => {
  /** A row as the portals export it; a few of its cells may be swapped for messy text. */
  const validRow = fc.record({
    code: fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 999_999 }))
      .map(([first, rest]) => `${first}.${String(rest).padStart(6, '0')}`),
    name: fc.constantFrom(
      'Đăng ký khai sinh',
      'Cấp phiếu lý lịch tư pháp',
      'Đăng ký hộ kinh doanh',
      'Cấp giấy phép xây dựng',
    ),
    field: fc.constantFrom(
      'Hộ tịch',
      'Lý lịch tư pháp',
      'Thành lập và hoạt động của hộ kinh doanh',
      'Hoạt động xây dựng',
    ),
    tier: fc.constantFrom('Cấp xã', 'Cấp tỉnh', 'Cấp tỉnh, Cấp xã'),
  });
  const row = fc.oneof(
    { weight: 9, arbitrary: validRow.map((cells) => ({ cells, valid: true })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(validRow, fc.constantFrom('code', 'name', 'field', 'tier'), messyText)
        .map(([cells, key, text]) => ({ cells: { ...cells, [key]: text }, valid: false })),
    },
  );
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

  it('reach the catalogue: every valid row is imported or merged, never rejected', async () => {
    let reached = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        runs++;
        const text = [
          'Mã số,Tên,Lĩnh vực,Cấp thực hiện',
          ...rows.map(({ cells }) => [cells.code, cells.name, cells.field, cells.tier].map(quote).join(',')),
        ].join('\n');
        const result = buildCatalogue([await readAs('csv', `${text}\n`)], groups, ['tinh', 'xa']);
        if (result.catalogue.procedures.length > 0) reached++;
        const outcomes = new Map(result.ledger.map((entry) => [entry.ref.row, entry.outcome]));
        // Rows are numbered by the line they start on, as an editor shows them: line 1 is the
        // header, and a messy cell holding a line break pushes the rows after it down.
        let line = 2;
        for (const { cells, valid } of rows) {
          if (valid) expect(outcomes.get(line), `line ${line}`).not.toBe('rejected');
          const breaks = Object.values(cells).reduce(
            (sum, cell) => sum + (cell.replace(/\r\n?/g, '\n').match(/\n/g)?.length ?? 0),
            0,
          );
          line += 1 + breaks;
        }
      }),
      { numRuns: 200 },
    );
    // Nearly every generated file holds a valid row, so nearly every case reaches the build step.
    expect(reached / runs).toBeGreaterThan(0.9);
  });
});

describe('the build', () => {
  it('accounts for every row of any readable file', async () => {
    const text =
      'Mã số,Tên,Lĩnh vực,Cấp thực hiện\n1.001193,A,Hộ tịch,Cấp xã\n1.001193,B,,\nx,C,Hộ tịch,Cấp bộ\n9.000001,D,,Cấp xã\n';
    const source = await readAs('csv', text);
    const result = buildCatalogue([source], groups, ['xa']);
    expect(result.ledger.map((entry) => [entry.ref.row, entry.outcome])).toEqual([
      [2, 'imported'],
      [3, 'merged'],
      [4, 'rejected'],
      [5, 'rejected'],
    ]);
  });
});
