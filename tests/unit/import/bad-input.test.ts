/**
 * Every kind of bad input the issue lists: a whole file that cannot be used fails with a message
 * naming the file, what is wrong and what to do; a bad row is rejected with file, row and reason.
 */
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../scripts/lib/import/errors';
import { MAX_CELL_CHARACTERS } from '../../../scripts/lib/import/limits';
import { normaliseSources } from '../../../scripts/lib/import/normalise';
import { mergeByCode } from '../../../scripts/lib/import/merge';
import type { SourceFormat } from '../../../scripts/lib/import/types';
import { buildXlsx, LIST_HEADERS, listExport } from '../../support/xlsx';
import { readAs } from '../../support/import';

async function failure(format: SourceFormat, bytes: string | Uint8Array): Promise<ImportFileError> {
  const error = await readAs(format, bytes, `hong.${format}`).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  const fileError = error as ImportFileError;
  expect(fileError.file).toBe(`hong.${format}`);
  expect(fileError.message).toMatch(/^Lỗi ở tệp hong\.\w+: .+ Cách sửa: .+/s);
  return fileError;
}

const huge = 'x'.repeat(MAX_CELL_CHARACTERS + 1);

describe('a file that cannot be read as a whole', () => {
  it.each(['xlsx', 'json', 'csv'] as const)('fails when the %s file is empty', async (format) => {
    expect((await failure(format, '')).problem).toContain('rỗng');
    expect((await failure(format, ' \n\r\n')).problem).toContain('rỗng');
  });

  it('fails when a spreadsheet is not a workbook, naming the format to save as', async () => {
    expect((await failure('xlsx', 'Mã số,Tên\n1.001193,A')).advice).toContain('.xlsx');
  });

  it('fails when a spreadsheet has no header row, showing what its first row holds', async () => {
    const error = await failure(
      'xlsx',
      buildXlsx([
        {
          name: 'DS',
          rows: [
            ['Số TT', 'Nội dung'],
            ['1', 'Khai sinh'],
          ],
        },
      ]),
    );
    expect(error.problem).toContain('Không tìm thấy dòng tiêu đề');
    expect(error.problem).toContain('«Số TT»');
  });

  it('fails when a sheet has headers but no data, or no cells at all', async () => {
    expect(
      (await failure('xlsx', buildXlsx([{ name: 'DS', rows: [['Tiêu đề'], LIST_HEADERS, [null]] }]))).problem,
    ).toContain('không có dòng dữ liệu');
    expect((await failure('xlsx', buildXlsx([{ name: 'DS', rows: [] }]))).problem).toContain(
      'mọi trang đều trống',
    );
  });

  it('fails on a huge cell in any format', async () => {
    expect((await failure('xlsx', listExport([['1.001193', huge, '', '', 'Hộ tịch']]))).problem).toContain(
      'dòng 3, cột 2',
    );
    expect((await failure('csv', `Mã số,Tên\n1.001193,${huge}\n`)).problem).toContain('Dòng 2, cột 2');
    expect(
      (await failure('json', JSON.stringify([{ ma_tthc: '1.001193', ten_tthc: huge }]))).problem,
    ).toContain('ten_tthc');
  });

  it('fails on truncated JSON', async () => {
    const error = await failure('json', '[{"ma_tthc": "1.001193", "ten_tthc": "Khai si');
    expect(error.problem).toContain('cắt cụt');
  });

  it('fails on JSON that is not a list of detail records', async () => {
    expect((await failure('json', '{"ma_tthc": "1.001193"}')).problem).toContain('danh sách');
    expect((await failure('json', '[]')).problem).toContain('rỗng');
    expect((await failure('json', '[{"code": "1.001193", "name": "A"}]')).problem).toContain('ma_tthc');
  });

  it('fails on a CSV that is not UTF-8, saying how to save it', async () => {
    // "Mã số,Tên" in Windows-1258: bytes that are not valid UTF-8.
    const legacy = Uint8Array.from([
      0x4d, 0xe3, 0x20, 0x73, 0xf4, 0x2c, 0x54, 0xea, 0x6e, 0x0a, 0x31, 0x2c, 0x41, 0x0a,
    ]);
    const error = await failure('csv', legacy);
    expect(error.problem).toContain('UTF-8');
    expect(error.advice).toContain('CSV UTF-8');
  });

  it('fails on a CSV with wrong or missing headers, listing what it found', async () => {
    const error = await failure('csv', 'Code,Title\n1.001193,Khai sinh\n');
    expect(error.problem).toContain('thiếu cột bắt buộc');
    expect(error.problem).toContain('«Code», «Title»');
  });

  it('fails on a CSV with a header and no data, and on a broken quote', async () => {
    expect((await failure('csv', 'Mã số,Tên\n')).problem).toContain('chỉ có dòng tiêu đề');
    expect((await failure('csv', 'Mã số,Tên\n1.001193,"Khai sinh\n')).problem).toContain(
      'ngoặc kép mà không đóng lại (dòng 2)',
    );
  });
});

describe('a bad row', () => {
  it('is rejected with file, row and reason: malformed code, missing code, missing name', async () => {
    const source = await readAs(
      'csv',
      'Mã số,Tên,Lĩnh vực\n1.00119,Khai sinh,Hộ tịch\n,Kết hôn,Hộ tịch\n1.001193,,Hộ tịch\n1.000931,Cấp phép,Xuất nhập cảnh\n',
      'ds.csv',
    );
    const { candidates, rejected } = normaliseSources([source]);
    expect(candidates.map((c) => c.code)).toEqual(['1.000931']);
    expect(rejected.map((r) => [r.ref.file, r.ref.row, r.reason])).toEqual([
      ['ds.csv', 2, expect.stringContaining('«1.00119» không đúng dạng')],
      ['ds.csv', 3, 'Thiếu mã thủ tục.'],
      ['ds.csv', 4, 'Thiếu tên thủ tục (mã 1.001193).'],
    ]);
  });
});

describe('names', () => {
  it('keep HTML as plain text, with a warning, and lose control characters, with a warning', async () => {
    const source = await readAs(
      'json',
      JSON.stringify([
        { ma_tthc: '1.000001', ten_tthc: '<script>alert(1)</script> Đăng ký', linh_vuc: 'Hộ tịch' },
        { ma_tthc: '1.000002', ten_tthc: 'Đăng\u0007 ký\u202E kết hôn', linh_vuc: 'Hộ tịch' },
      ]),
    );
    const { candidates, warnings } = normaliseSources([source]);
    expect(candidates.map((c) => c.name)).toEqual(['<script>alert(1)</script> Đăng ký', 'Đăng ký kết hôn']);
    expect(warnings.map((w) => [w.kind, w.ref?.row])).toEqual([
      ['markup', 1],
      ['control-characters', 2],
    ]);
    expect(warnings[1]?.message).toContain('bản ghi 2');
  });
});

describe('duplicate codes with different names', () => {
  it('are reported as a conflict saying which name won and why', async () => {
    const a = await readAs('csv', 'Mã số,Tên,Lĩnh vực\n1.001193,Đăng ký khai sinh,Hộ tịch\n', 'a.csv');
    const b = await readAs('csv', 'Mã số,Tên,Lĩnh vực\n1.001193,Khai sinh (cũ),Hộ tịch\n', 'b.csv');
    const { conflicts, procedures } = mergeByCode(normaliseSources([b, a]).candidates);
    expect(procedures.map((p) => p.name)).toEqual(['Đăng ký khai sinh']);
    expect(conflicts).toEqual([
      {
        code: '1.001193',
        field: 'tên',
        kept: { value: 'Đăng ký khai sinh', ref: expect.objectContaining({ file: 'a.csv', row: 2 }) },
        dropped: { value: 'Khai sinh (cũ)', ref: expect.objectContaining({ file: 'b.csv', row: 2 }) },
        why: expect.stringContaining('giữ giá trị đứng trước'),
      },
    ]);
  });
});
