/** How a row is named in messages: "tệp.xlsx, dòng 12" or, for JSON, "tệp.json, bản ghi 12". */
import type { RowRef } from './types';

export function where(ref: RowRef): string {
  return `${ref.file}, ${ref.format === 'json' ? 'bản ghi' : 'dòng'} ${ref.row}`;
}
