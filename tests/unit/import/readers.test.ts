import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildXlsx, listExport } from '../../support/xlsx';
import { fixture, readAs } from '../../support/import';

describe('the national list export (.xlsx)', () => {
  it('finds the header row by its content below the title block and numbers rows as Excel does', async () => {
    const bytes = listExport([
      ['1.001193', 'Thủ tục đăng ký khai sinh', 'Bộ Tư pháp', 'Ủy ban nhân dân cấp xã', 'Hộ tịch'],
      [null, null, null, null, null],
      [
        '1.000931 ',
        ' Cấp giấy phép  vào khu vực cấm',
        'Bộ Công an',
        'Phòng Xuất nhập cảnh\nCông an tỉnh\n',
        'Quản lý xuất nhập cảnh',
      ],
    ]);
    const source = await readAs('xlsx', bytes, 'danh-sach.xlsx');
    expect(source.rows.map((row) => [row.ref.row, row.record.code, row.record.agencies])).toEqual([
      [3, '1.001193', 'Ủy ban nhân dân cấp xã'],
      [5, '1.000931 ', 'Phòng Xuất nhập cảnh\nCông an tỉnh\n'],
    ]);
    expect(source.rows[0]?.record).toMatchObject({
      name: 'Thủ tục đăng ký khai sinh',
      issuingAgencies: 'Bộ Tư pháp',
      field: 'Hộ tịch',
    });
  });

  it('accepts headers in another order, case and spelling, and names the columns it does not use', async () => {
    const bytes = buildXlsx([
      { name: 'Trống', rows: [] },
      {
        name: 'DS',
        rows: [
          ['Ghi chú', 'TÊN THỦ TỤC', 'Ma so'],
          ['x', 'Thủ tục đăng ký khai sinh', '1.001193'],
        ],
      },
    ]);
    const source = await readAs('xlsx', bytes);
    expect(source.rows[0]?.record).toMatchObject({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
    expect(source.warnings).toEqual([
      expect.objectContaining({ kind: 'unused-column', message: expect.stringContaining('«Ghi chú»') }),
    ]);
  });

  it('reads back a code that Excel stored as a number', async () => {
    const source = await readAs('xlsx', listExport([[1.00025, 'Thủ tục', 'Bộ', 'Sở', 'Đất đai']]));
    expect(source.rows[0]?.record.code).toBe('1.000250');
    expect(source.warnings.map((w) => w.kind)).toContain('code-from-number');
  });

  it('reads the committed real exports: every data row, agencies on separate lines', async () => {
    const source = await readAs(
      'xlsx',
      readFileSync('content/catalogue/sources/danh-sach-tthc-ToaAnNhanDan.xlsx'),
    );
    expect(source.rows).toHaveLength(3);
    expect(source.rows[0]?.ref.row).toBe(3);
    expect(source.rows[0]?.record.agencies.split('\n').filter(Boolean).length).toBeGreaterThan(1);
  });
});

describe('the detail export (.json)', () => {
  it('maps the snake_case keys and keeps every method row', async () => {
    const source = await readAs('json', fixture('detail.json'), 'detail.json');
    expect(source.rows.map((row) => row.ref.row)).toEqual([1, 2, 3, 4]);
    const [birth] = source.rows;
    expect(birth?.record).toMatchObject({
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      field: 'Hộ tịch',
      tiers: 'Cấp xã',
      decision: '163/QĐ-BTP',
      sourceUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    });
    expect(birth?.record.methods).toHaveLength(3);
    expect(birth?.record.onlineLevel).toBe('');
  });

  it('rejects a record that is not an object, keeping the others', async () => {
    const source = await readAs('json', '[{"ma_tthc":"1.001193","ten_tthc":"A","linh_vuc":"Hộ tịch"}, 42]');
    expect(source.rows).toHaveLength(1);
    expect(source.rejected).toEqual([expect.objectContaining({ ref: expect.objectContaining({ row: 2 }) })]);
  });
});

describe('a one-stop portal list (.csv)', () => {
  it('reads comma-separated UTF-8 with quoted cells over several lines, level and mode columns', async () => {
    const source = await readAs('csv', fixture('list.csv'), 'list.csv');
    expect(
      source.rows.map((row) => [row.ref.row, row.record.code, row.record.onlineLevel, row.record.onlineMode]),
    ).toEqual([
      [2, '1.001193', '4', 'Toàn trình'],
      [3, '9.000201', '3', 'Một phần'],
      [5, '9.000202', 'Chưa cập nhật', ''],
    ]);
    expect(source.rows[1]?.record.agencies).toBe('Ủy ban nhân dân cấp xã\nCông an cấp xã');
  });

  it('reads semicolon-separated UTF-8 with a byte-order mark', async () => {
    const source = await readAs('csv', fixture('list-semicolon.csv'), 'list-semicolon.csv');
    expect(source.rows.map((row) => [row.record.code, row.record.name])).toEqual([
      ['9.000201', 'Đăng ký kết hôn'],
      ['9.000203', 'Thủ tục có dấu ; trong tên'],
    ]);
    expect(source.warnings).toEqual([expect.objectContaining({ kind: 'unused-column' })]);
  });

  it('rejects a row with more cells than headers, naming its line', async () => {
    const source = await readAs('csv', 'Mã số,Tên\n1.001193,Khai sinh\n1.000931,Cấp phép, thêm ô\n');
    expect(source.rows).toHaveLength(1);
    expect(source.rejected).toEqual([
      expect.objectContaining({
        ref: expect.objectContaining({ row: 3 }),
        reason: expect.stringContaining('3 ô'),
      }),
    ]);
  });
});
