/**
 * The column headers the import understands in spreadsheets and CSV files, with the aliases that
 * one-stop portals use. Headers are compared without marks, case or punctuation, so "MÃ SỐ",
 * "Mã số" and "Ma so" are the same column. README.md ("Importing the catalogue") lists them.
 */
import type { RawRecord } from './types';
import { foldLabel } from './parse-fields';

/** The fields a table column can fill. (Method details come only from detail exports.) */
export type ColumnField = Exclude<keyof RawRecord, 'methods' | 'sections'>;

export const COLUMN_ALIASES: Record<ColumnField, readonly string[]> = {
  code: ['Mã số', 'Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính', 'Mã'],
  name: ['Tên', 'Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính'],
  localCode: ['Mã thủ tục địa phương', 'Mã địa phương'],
  field: ['Lĩnh vực'],
  tiers: ['Cấp thực hiện'],
  agencies: ['Cơ quan thực hiện', 'Đơn vị thực hiện'],
  competentAuthority: ['Cơ quan có thẩm quyền'],
  issuingAgencies: ['Cơ quan ban hành'],
  applicants: ['Đối tượng thực hiện'],
  decision: ['Số quyết định', 'Quyết định công bố'],
  procedureType: ['Loại thủ tục', 'Loại TTHC'],
  sourceUrl: ['Đường dẫn', 'Liên kết', 'Link'],
  onlineLevel: ['Mức độ', 'Mức độ DVC', 'Mức độ dịch vụ công', 'Mức độ DVCTT'],
  onlineMode: [
    'Toàn trình / Một phần',
    'Toàn trình hoặc một phần',
    'Toàn trình',
    'Loại DVC trực tuyến',
    'Loại dịch vụ công trực tuyến',
  ],
  methodKinds: ['Cách thức thực hiện', 'Hình thức nộp'],
};

/** The columns a table must have for its rows to be procedures at all. */
export const REQUIRED_COLUMNS: readonly ColumnField[] = ['code', 'name'];

const FIELD_BY_LABEL = new Map<string, ColumnField>(
  (Object.entries(COLUMN_ALIASES) as [ColumnField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [foldLabel(alias), field] as const),
  ),
);

export interface HeaderMap {
  /** Column index → field, for the columns the import uses. */
  columns: Map<number, ColumnField>;
  /** Headers the import does not know (shown to the operator: a typo would hide a column). */
  unused: string[];
  /** Headers naming a field that an earlier column already gave. */
  duplicates: string[];
}

export function mapHeaders(cells: readonly string[]): HeaderMap {
  const columns = new Map<number, ColumnField>();
  const taken = new Set<ColumnField>();
  const unused: string[] = [];
  const duplicates: string[] = [];
  cells.forEach((cell, index) => {
    const label = foldLabel(cell);
    if (!label) return;
    const field = FIELD_BY_LABEL.get(label);
    if (!field) unused.push(cell.trim());
    else if (taken.has(field)) duplicates.push(cell.trim());
    else {
      taken.add(field);
      columns.set(index, field);
    }
  });
  return { columns, unused, duplicates };
}

export function hasRequiredColumns(header: HeaderMap): boolean {
  const fields = new Set(header.columns.values());
  return REQUIRED_COLUMNS.every((field) => fields.has(field));
}

export function emptyRecord(): RawRecord {
  return {
    code: '',
    localCode: '',
    name: '',
    field: '',
    tiers: '',
    agencies: '',
    competentAuthority: '',
    issuingAgencies: '',
    applicants: '',
    decision: '',
    procedureType: '',
    sourceUrl: '',
    onlineLevel: '',
    onlineMode: '',
    methods: [],
    methodKinds: '',
  };
}

/** One table row → a raw record, using the header's columns. */
export function recordFromCells(header: HeaderMap, cells: readonly string[]): RawRecord {
  const record = emptyRecord();
  for (const [index, field] of header.columns) record[field] = cells[index] ?? '';
  return record;
}

/** The headers an operator may use, for messages: "Mã số (hoặc Mã thủ tục, …)". */
export function describeRequiredColumns(): string {
  return REQUIRED_COLUMNS.map((field) => {
    const [first, ...others] = COLUMN_ALIASES[field];
    return others.length ? `«${first}» (hoặc ${others.map((o) => `«${o}»`).join(', ')})` : `«${first}»`;
  }).join(' và ');
}
