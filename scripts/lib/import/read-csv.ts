/**
 * Reads a one-stop portal's list saved as CSV: UTF-8 (with or without a byte-order mark), comma or
 * semicolon separated (Excel in Vietnamese locales writes semicolons), the first non-empty line
 * being the header. csv-parse does the quoting rules; we pick the separator and map the columns.
 */
import { parse, type InfoRecord } from 'csv-parse/sync';
import { ImportFileError } from './errors';
import { checkCellSize, checkNotEmpty } from './limits';
import {
  describeRequiredColumns,
  hasRequiredColumns,
  mapHeaders,
  recordFromCells,
  type HeaderMap,
} from './columns';
import { decodeUtf8 } from './read-text';
import type { Rejection, SourceRow } from './types';

export interface CsvRows {
  delimiter: ',' | ';';
  header: HeaderMap;
  rows: SourceRow[];
  rejected: Rejection[];
}

/** Counts separators outside quotes on the first non-empty line; the more frequent one wins. */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

interface ParsedLine {
  record: string[];
  info: InfoRecord;
}

/** csv-parse's errors in the operator's words; the library's own message when we have none. */
const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'một ô mở ngoặc kép mà không đóng lại',
  INVALID_OPENING_QUOTE: 'có dấu ngoặc kép ở giữa một ô không nằm trong ngoặc kép',
  CSV_INVALID_CLOSING_QUOTE: 'sau dấu ngoặc kép đóng ô còn chữ, chưa gặp dấu phân cách',
  CSV_MAX_RECORD_SIZE: 'một dòng dài quá mức',
};

function describeCsvError(error: unknown): string {
  const { code, lines, message } = error as { code?: string; lines?: number; message?: string };
  const what = (code && CSV_ERRORS[code]) ?? message ?? String(error);
  return lines ? `${what} (dòng ${lines})` : what;
}

function parseCsv(file: string, text: string, delimiter: string): ParsedLine[] {
  try {
    // csv-parse's types do not describe `info: true`, which wraps each record as { record, info }.
    return parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: 1_000_000,
    }) as unknown as ParsedLine[];
  } catch (error) {
    throw new ImportFileError(
      file,
      `Không đọc được tệp CSV: ${describeCsvError(error)}.`,
      'Kiểm tra dấu ngoặc kép ở dòng được nêu (mỗi ô mở ngoặc kép phải đóng lại), hoặc lưu lại tệp từ Excel dạng «CSV UTF-8».',
    );
  }
}

/** csv-parse counts the line a record ends on; a quoted cell may span lines, so count back to its start. */
function firstLineOf(cells: readonly string[], lastLine: number): number {
  const innerBreaks = cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  return lastLine - innerBreaks;
}

export function readListCsv(file: string, bytes: Uint8Array): CsvRows {
  checkNotEmpty(file, bytes);
  // One line ending, so that line numbers in messages match what an editor shows.
  const text = decodeUtf8(file, bytes).replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const lines = parseCsv(file, text, delimiter);
  const [headerLine, ...dataLines] = lines;
  if (!headerLine) {
    throw new ImportFileError(file, 'Tệp CSV không có dòng nào có chữ.', 'Xuất lại tệp có dữ liệu.');
  }
  const header = mapHeaders(headerLine.record);
  if (!hasRequiredColumns(header)) {
    const found = headerLine.record.map((cell) => `«${cell.trim().slice(0, 40)}»`).join(', ');
    throw new ImportFileError(
      file,
      `Dòng tiêu đề (dòng ${headerLine.info.lines}) thiếu cột bắt buộc: cần ${describeRequiredColumns()}; tệp có ${found}.`,
      'Sửa tên cột theo mục «Importing the catalogue» trong README.md, hoặc kiểm tra dấu phân cách (dấu phẩy hay dấu chấm phẩy).',
    );
  }
  if (dataLines.length === 0) {
    throw new ImportFileError(
      file,
      'Tệp CSV chỉ có dòng tiêu đề, không có dòng dữ liệu nào.',
      'Xuất lại danh sách có thủ tục, hoặc bỏ tệp này khỏi lệnh nhập.',
    );
  }
  // A file cut short (a copy interrupted, a truncated download) ends in a row with fewer cells than
  // the header: its last rows are lost, so the whole file is refused rather than read in part.
  const last = dataLines.at(-1);
  if (last && last.record.length < headerLine.record.length) {
    throw new ImportFileError(
      file,
      `Dòng cuối (dòng ${firstLineOf(last.record, last.info.lines)}) chỉ có ${last.record.length} ô, ít hơn ${headerLine.record.length} cột của tiêu đề: tệp có thể bị cắt ngắn và mất các dòng cuối.`,
      'Xuất lại tệp từ cổng, hoặc kiểm tra tệp có bị chép dở không.',
    );
  }
  const result: CsvRows = { delimiter, header, rows: [], rejected: [] };
  for (const { record: cells, info } of dataLines) {
    const ref = { file, format: 'csv' as const, row: firstLineOf(cells, info.lines) };
    cells.forEach((cell, column) => checkCellSize(file, `Dòng ${ref.row}, cột ${column + 1}`, cell));
    if (cells.length > headerLine.record.length) {
      result.rejected.push({
        ref,
        reason: `Dòng có ${cells.length} ô, nhiều hơn ${headerLine.record.length} cột của tiêu đề: có thể một ô chứa dấu phân cách «${delimiter}» mà không nằm trong ngoặc kép.`,
      });
      continue;
    }
    result.rows.push({ ref, record: recordFromCells(header, cells) });
  }
  return result;
}
