/** Decoding of text sources: UTF-8 only, checked, so that a legacy encoding never becomes mojibake. */
import { ImportFileError } from './errors';

const BYTE_ORDER_MARK = '\uFEFF';

/** UTF-8 with or without a byte-order mark; anything else fails the file. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      file,
      'Tệp không phải văn bản UTF-8 (có thể là Windows-1258, TCVN3 hay VNI): chữ tiếng Việt sẽ bị hỏng nếu đọc tiếp.',
      'Mở tệp trong Excel hoặc LibreOffice và lưu lại với kiểu «CSV UTF-8 (Comma delimited)», rồi chạy lại lệnh nhập.',
    );
  }
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
