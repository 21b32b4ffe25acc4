/**
 * Reads a spreadsheet list such as the national portal's "DANH SÁCH THỦ TỤC HÀNH CHÍNH" export: a
 * title block, a header row, then one procedure per row. The header row is found by its content
 * (the first row whose cells name at least the code and name columns), never by its position.
 */
import readXlsxFile from 'read-excel-file/node';
import { ImportFileError } from './errors';
import { checkCellSize, checkNotEmpty } from './limits';
import {
  describeRequiredColumns,
  hasRequiredColumns,
  mapHeaders,
  recordFromCells,
  type HeaderMap,
} from './columns';
import type { SourceRow } from './types';

/** How far down a sheet the header row may be (the title block takes a few rows at most). */
const HEADER_SEARCH_ROWS = 30;

type Cell = string | number | boolean | Date | null | undefined | object;

export interface XlsxRows {
  sheet: string;
  header: HeaderMap;
  rows: SourceRow[];
  /** Rows whose code Excel had turned into a number, e.g. 1.00025 for "1.000250". */
  codesFromNumbers: number[];
}

async function loadSheets(file: string, bytes: Uint8Array): Promise<{ sheet: string; data: Cell[][] }[]> {
  try {
    return await readXlsxFile(Buffer.from(bytes), { trim: false });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const problem =
      code === 'XLS_FILE_NOT_SUPPORTED'
        ? 'Đây là tệp Excel kiểu cũ (.xls), không phải .xlsx.'
        : `Không mở được tệp như một bảng tính .xlsx (${error instanceof Error ? error.message : String(error)}).`;
    throw new ImportFileError(
      file,
      problem,
      'Mở tệp trong Excel hoặc LibreOffice, lưu lại dạng «Excel Workbook (.xlsx)», hoặc xuất lại từ cổng dịch vụ công.',
    );
  }
}

/** A cell as text. A code Excel stored as a number is written back with its six decimals. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return '';
}

/** 1.00025 → "1.000250": the only reading of that number as a national code (d.dddddd). */
function codeFromNumber(cell: Cell): string | undefined {
  if (typeof cell !== 'number' || !(cell > 0 && cell < 10)) return undefined;
  const text = cell.toFixed(6);
  return Number(text) === cell ? text : undefined;
}

function findHeader(data: Cell[][]): { index: number; header: HeaderMap } | undefined {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, data.length); index += 1) {
    const header = mapHeaders((data[index] ?? []).map(cellText));
    if (hasRequiredColumns(header)) return { index, header };
  }
  return undefined;
}

function isBlankRow(row: Cell[]): boolean {
  return row.every((cell) => cellText(cell).trim() === '');
}

function describeTopRows(sheets: { sheet: string; data: Cell[][] }[]): string {
  const first = sheets.find((sheet) => sheet.data.some((row) => !isBlankRow(row)));
  if (!first) return '';
  const row = first.data.find((r) => !isBlankRow(r)) ?? [];
  const cells = row
    .map(cellText)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return ` Dòng có chữ đầu tiên (trang «${first.sheet}»): ${cells
    .slice(0, 6)
    .map((c) => `«${c.slice(0, 40)}»`)
    .join(', ')}.`;
}

export async function readListXlsx(file: string, bytes: Uint8Array): Promise<XlsxRows> {
  checkNotEmpty(file, bytes);
  const sheets = await loadSheets(file, bytes);
  if (sheets.every((sheet) => sheet.data.every(isBlankRow))) {
    throw new ImportFileError(
      file,
      'Bảng tính không có dữ liệu: mọi trang đều trống.',
      'Xuất lại tệp có dữ liệu.',
    );
  }
  for (const { sheet, data } of sheets) {
    const found = findHeader(data);
    if (!found) continue;
    const result: XlsxRows = { sheet, header: found.header, rows: [], codesFromNumbers: [] };
    data.forEach((row, index) => {
      if (index <= found.index || isBlankRow(row)) return;
      const cells = row.map(cellText);
      cells.forEach((cell, column) =>
        checkCellSize(file, `Trang «${sheet}», dòng ${index + 1}, cột ${column + 1}`, cell),
      );
      const record = recordFromCells(found.header, cells);
      const codeColumn = [...found.header.columns].find(([, field]) => field === 'code')?.[0];
      const numericCode = codeColumn === undefined ? undefined : codeFromNumber(row[codeColumn]);
      if (numericCode) {
        record.code = numericCode;
        result.codesFromNumbers.push(index + 1);
      }
      result.rows.push({ ref: { file, format: 'xlsx', row: index + 1 }, record });
    });
    if (result.rows.length === 0) {
      throw new ImportFileError(
        file,
        `Trang «${sheet}» có dòng tiêu đề (dòng ${found.index + 1}) nhưng không có dòng dữ liệu nào bên dưới.`,
        'Xuất lại danh sách có thủ tục, hoặc bỏ tệp này khỏi lệnh nhập.',
      );
    }
    return result;
  }
  throw new ImportFileError(
    file,
    `Không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu của bất kỳ trang nào: cần ít nhất các cột ${describeRequiredColumns()}.${describeTopRows(sheets)}`,
    'Kiểm tra tên cột (xem mục «Importing the catalogue» trong README.md) hoặc dùng tệp xuất nguyên bản của cổng dịch vụ công.',
  );
}
