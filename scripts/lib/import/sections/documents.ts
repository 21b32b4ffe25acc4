/**
 * The documents to submit (thành phần hồ sơ), read from the page text the export flattened. The
 * text is one or more parts, each an optional heading ("* Giấy tờ phải nộp:", "Trường hợp ủy quyền
 * thực hiện thủ tục:", "--" for none), then the table header `Tên giấy tờMẫu đơn, tờ khaiSố
 * lượng`, then rows glued together: name, form file names, count cell (count-cells.ts).
 *
 * Every count cell becomes one row. Text without a table header is kept whole as text, never
 * forced into rows; text a table holds outside its rows (a heading with no rows after it, a note
 * after the last row) is kept as text too, with a warning.
 */
import type { ProcedureDocument } from '../../../../src/lib/catalogue/schema';
import { cleanLine, cleanParagraphs } from '../text';
import { saysNothing } from './absent';
import { findCountCells } from './count-cells';
import { splitForms, withoutExtension } from './forms';
import type { Parsed, SectionWarning } from './types';

export const DOCUMENTS_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

export interface Documents {
  documents?: ProcedureDocument[];
  documentsText?: string;
}

/** A list marker in front of a row or heading: "- ", "+ ", "* ", "• ". Letters ("a)") stay. */
const LIST_MARKER = /^(?:[-+*•–]\s*)+/u;

/** "* Giấy tờ phải nộp:" → "Giấy tờ phải nộp"; "--" → none. */
export function groupHeading(text: string): string | undefined {
  const heading = cleanLine(text)
    .text.replace(LIST_MARKER, '')
    .replace(/[\s:]+$/u, '')
    .trim();
  return saysNothing(heading) ? undefined : heading;
}

/** A count cell in a form the import does not know ("2 bộ") glued between two rows' text. */
const UNKNOWN_COUNT =
  /(?<=[^\s\d])(\d{1,2} (?:bộ|tờ|quyển|cuốn|tập|bản)(?! (?:chính|sao)))(?=[\p{Lu}\-+*(]|$)/u;

interface RowParts {
  text: string;
  originals: number;
  copies: number;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The rows of one table (the text after its header), and what follows its last count cell. */
function rowsOf(body: string): { rows: RowParts[]; rest: string } {
  const rows: RowParts[] = [];
  let position = 0;
  for (const cell of findCountCells(body)) {
    rows.push({ text: body.slice(position, cell.start), originals: cell.originals, copies: cell.copies });
    position = cell.end;
  }
  return { rows, rest: body.slice(position) };
}

function documentOf(
  row: RowParts,
  group: string | undefined,
  place: string,
  warnings: SectionWarning[],
): ProcedureDocument | undefined {
  const text = cleanLine(row.text).text.replace(LIST_MARKER, '');
  const split = splitForms(text);
  const name = split.name.replace(LIST_MARKER, '').trim();
  if (split.unsplit) {
    warnings.push({
      kind: 'documents-form-unsplit',
      message: `${place}: tên giấy tờ «…${name.slice(-60)}» kết thúc bằng tên tệp nhưng không tìm được chỗ tệp bắt đầu; giữ nguyên cả dòng làm tên.`,
    });
  }
  const unknownCount = UNKNOWN_COUNT.exec(name);
  if (unknownCount) {
    warnings.push({
      kind: 'documents-unknown-count',
      message: `${place}: «${unknownCount[1]}» trông như ô số lượng nhưng không phải dạng «… bản chính» hay «… bản sao»; giữ nguyên trong tên giấy tờ «${shorten(name)}».`,
    });
  }
  const document = (documentName: string): ProcedureDocument => ({
    name: documentName,
    originals: row.originals,
    copies: row.copies,
    ...(split.forms.length > 0 ? { forms: split.forms } : {}),
    ...(group ? { group } : {}),
  });
  if (name) return document(name);
  const [onlyForm] = split.forms;
  if (onlyForm) {
    warnings.push({
      kind: 'documents-form-only',
      message: `${place}: dòng chỉ có tên tệp mẫu «${shorten(onlyForm)}»; dùng tên tệp (bỏ phần đuôi) làm tên giấy tờ.`,
    });
    return document(split.forms.map(withoutExtension).join(', '));
  }
  warnings.push({
    kind: 'documents-no-name',
    message: `${place}: ô số lượng (${row.originals} bản chính, ${row.copies} bản sao) không kèm tên giấy tờ nào; bỏ qua dòng này.`,
  });
  return undefined;
}

export function parseDocuments(text: string): Parsed<Documents> {
  const warnings: SectionWarning[] = [];
  if (saysNothing(text)) return { outcome: 'absent', warnings };
  const parts = text.split(DOCUMENTS_HEADER);
  if (parts.length === 1) {
    return { value: { documentsText: cleanParagraphs(text).text }, outcome: 'text', warnings };
  }
  const documents: ProcedureDocument[] = [];
  const outside: string[] = [];
  let heading = parts[0] ?? '';
  parts.slice(1).forEach((body, index) => {
    const group = groupHeading(heading);
    const place = `bảng ${index + 1}${group ? ` («${shorten(group)}»)` : ''}`;
    const isLast = index === parts.length - 2;
    const { rows, rest } = rowsOf(body);
    if (rows.length === 0) {
      warnings.push({
        kind: 'documents-empty-table',
        message: `${place}: không có dòng nào sau dòng tiêu đề của bảng${group ? '; giữ tiêu đề nhóm làm ghi chú' : ''}.`,
      });
      if (group) outside.push(group);
    }
    rows.forEach((row, rowIndex) => {
      const document = documentOf(row, group, `${place}, dòng ${rowIndex + 1}`, warnings);
      if (document) documents.push(document);
    });
    heading = rest;
    if (isLast && !saysNothing(rest)) {
      const note = cleanLine(rest).text;
      warnings.push({
        kind: 'documents-outside-rows',
        message: `${place}: sau dòng cuối còn «${shorten(note)}» không có ô số lượng; giữ làm ghi chú.`,
      });
      outside.push(note);
    }
  });
  const value: Documents = {
    ...(documents.length > 0 ? { documents } : {}),
    ...(outside.length > 0 ? { documentsText: outside.join('\n') } : {}),
  };
  if (documents.length === 0 && outside.length === 0) return { outcome: 'absent', warnings };
  return { value, outcome: documents.length > 0 ? 'structured' : 'text', warnings };
}
