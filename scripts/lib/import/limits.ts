/** Guards that turn a broken or runaway export into a clear failure instead of a crash. */
import { ImportFileError } from './errors';

/** Excel cannot hold more than 32,767 characters in a cell; a longer value means a broken export. */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * A detail page's section (documents, steps, conditions…) in a JSON export is not an Excel cell:
 * the longest real one is about 51,500 characters (a documents table of 94 rows). Four times that
 * still means a broken export.
 */
export const MAX_SECTION_CHARACTERS = 200_000;

/** Far above any real export (the national detail export is 12.6 MB); stops a wrong file early. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export function checkNotEmpty(file: string, bytes: Uint8Array): void {
  const blank = bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
  if (blank) {
    throw new ImportFileError(
      file,
      'Tệp rỗng, không có dữ liệu.',
      'Xuất lại tệp từ cổng dịch vụ công rồi chạy lại lệnh nhập.',
    );
  }
}

export function checkCellSize(file: string, where: string, value: string, limit = MAX_CELL_CHARACTERS): void {
  if (value.length > limit) {
    throw new ImportFileError(
      file,
      `${where} dài ${value.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${limit.toLocaleString('vi-VN')} ký tự của một ô: tệp có thể đã bị hỏng khi xuất.`,
      'Mở tệp kiểm tra ô đó, hoặc xuất lại tệp từ cổng dịch vụ công.',
    );
  }
}
