/**
 * Step 1, read: turns the files and folders named on the command line into rows of raw text, each
 * with its file and row number. Any problem with a whole file stops here, before anything is merged
 * or written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { ImportFileError } from './errors';
import { MAX_FILE_BYTES } from './limits';
import { ExportDates, MANIFEST_FILE } from './manifest';
import { readListCsv } from './read-csv';
import { readDetailJson } from './read-json';
import { readListXlsx } from './read-xlsx';
import type { HeaderMap } from './columns';
import type { SourceFile, SourceFormat, Warning } from './types';

const FORMATS: Record<string, SourceFormat> = { '.xlsx': 'xlsx', '.json': 'json', '.csv': 'csv' };

function formatOf(path: string): SourceFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

function displayPath(path: string, cwd: string): string {
  return relative(cwd, path).replaceAll('\\', '/') || path;
}

function isImportable(name: string): boolean {
  return formatOf(name) !== undefined && name !== MANIFEST_FILE;
}

/**
 * Files in the order given; a folder stands for its .xlsx, .json and .csv files, except its manifest
 * and the files in `skip` (the catalogue being written and its rejects report, should they sit in
 * a source folder: the import never reads its own output).
 */
export function expandInputs(inputs: readonly string[], cwd: string, skip: readonly string[] = []): string[] {
  const skipped = new Set(skip.map((path) => resolve(cwd, path)));
  const paths: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new ImportFileError(
        input,
        'Không tìm thấy tệp hay thư mục này.',
        'Kiểm tra đường dẫn trong lệnh nhập.',
      );
    }
    if (stats.isDirectory()) {
      const names = readdirSync(path)
        .filter((name) => isImportable(name) && !skipped.has(join(path, name)))
        .sort();
      if (names.length === 0) {
        throw new ImportFileError(
          input,
          'Thư mục không có tệp .xlsx, .json hay .csv nào.',
          'Đặt tệp xuất vào thư mục hoặc nêu tên tệp.',
        );
      }
      paths.push(...names.map((name) => join(path, name)));
    } else if (!formatOf(path)) {
      throw new ImportFileError(
        input,
        `Không nhập được tệp đuôi «${extname(path) || '(không có đuôi)'}».`,
        'Chỉ nhập tệp .xlsx (danh sách của cổng dịch vụ công), .json (tệp xuất chi tiết) hoặc .csv (danh sách của cổng một cửa).',
      );
    } else {
      paths.push(path);
    }
  }
  return [...new Set(paths)];
}

function readBytes(path: string, display: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new ImportFileError(
      display,
      `Tệp nặng ${Math.round(size / 1024 / 1024)} MB, quá giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB: đây có lẽ không phải tệp xuất danh mục.`,
      'Kiểm tra lại tệp đã chọn.',
    );
  }
  return readFileSync(path);
}

function headerWarnings(file: string, header: HeaderMap): Warning[] {
  const warnings: Warning[] = [];
  if (header.unused.length) {
    warnings.push({
      kind: 'unused-column',
      message: `${file}: bỏ qua cột không dùng: ${header.unused.map((h) => `«${h}»`).join(', ')}.`,
    });
  }
  if (header.duplicates.length) {
    warnings.push({
      kind: 'duplicate-column',
      message: `${file}: cột trùng ý với một cột đứng trước, bỏ qua: ${header.duplicates.map((h) => `«${h}»`).join(', ')}.`,
    });
  }
  return warnings;
}

/** Reads one file's bytes as its format; `exportedOn` comes from the manifest. */
export async function readSourceBytes(
  file: string,
  format: SourceFormat,
  bytes: Uint8Array,
  exportedOn: string,
): Promise<SourceFile> {
  if (format === 'json') {
    const { rows, rejected, unreadableMethods, unreadableSections } = readDetailJson(file, bytes);
    const warnings: Warning[] = unreadableMethods.map((row) => ({
      kind: 'unreadable-methods',
      ref: { file, format, row },
      message: `${file}, bản ghi ${row}: «cach_thuc_thuc_hien» không phải danh sách cách nộp; bỏ qua phần này.`,
    }));
    for (const { row, key } of unreadableSections) {
      warnings.push({
        kind: 'unreadable-section',
        ref: { file, format, row },
        message: `${file}, bản ghi ${row}: «${key}» không phải văn bản; bỏ qua mục này.`,
      });
    }
    return { file, format, exportedOn, rows, rejected, warnings };
  }
  if (format === 'csv') {
    const { rows, rejected, header } = readListCsv(file, bytes);
    return { file, format, exportedOn, rows, rejected, warnings: headerWarnings(file, header) };
  }
  const { rows, header, codesFromNumbers } = await readListXlsx(file, bytes);
  const warnings = headerWarnings(file, header);
  for (const row of codesFromNumbers) {
    warnings.push({
      kind: 'code-from-number',
      ref: { file, format, row },
      message: `${file}, dòng ${row}: Excel đã lưu mã thủ tục dưới dạng số; đã đọc lại thành mã sáu chữ số sau dấu chấm.`,
    });
  }
  return { file, format, exportedOn, rows, rejected: [], warnings };
}

/**
 * Every source, read in full, sorted by path so that the order on the command line never matters.
 * `outputs` are the files the run will write: never read as sources when a folder holds them.
 */
export async function readSources(
  inputs: readonly string[],
  outputs: readonly string[] = [],
  cwd = process.cwd(),
): Promise<SourceFile[]> {
  const dates = new ExportDates();
  const sources: SourceFile[] = [];
  for (const path of expandInputs(inputs, cwd, outputs)) {
    const display = displayPath(path, cwd);
    const format = formatOf(path) as SourceFormat;
    const exportedOn = dates.dateOf(path, display);
    sources.push(await readSourceBytes(display, format, readBytes(path, display), exportedOn));
  }
  return sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
