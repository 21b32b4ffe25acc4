/**
 * Reads the national database's detailed export: a JSON array of records in snake_case
 * (`ma_tthc`, `ten_tthc`, `cach_thuc_thuc_hien[]`, …). One record is one row.
 */
import { ImportFileError } from './errors';
import { checkCellSize, checkNotEmpty, MAX_SECTION_CHARACTERS } from './limits';
import { emptyRecord } from './columns';
import { decodeUtf8 } from './read-text';
import { emptySections, SECTION_KEYS, type RawSections, type SectionKey } from './sections/fields';
import type { RawMethod, RawRecord, Rejection, SourceRow } from './types';

/**
 * Detail-export key → our field. Keys not listed are ignored. The detail export states no online
 * level or mode, so none is read from it.
 */
const DETAIL_KEYS = {
  ma_tthc: 'code',
  ten_tthc: 'name',
  linh_vuc: 'field',
  cap_thuc_hien: 'tiers',
  co_quan_thuc_hien: 'agencies',
  co_quan_co_tham_quyen: 'competentAuthority',
  doi_tuong_thuc_hien: 'applicants',
  so_quyet_dinh: 'decision',
  loai_tthc: 'procedureType',
  link_truy_cap: 'sourceUrl',
} as const satisfies Record<string, Exclude<keyof RawRecord, 'methods'>>;

const METHOD_KEYS = {
  hinh_thuc_nop: 'kind',
  thoi_gian: 'time',
  phi_le_phi: 'fee',
  mo_ta: 'description',
} as const satisfies Record<string, keyof RawMethod>;

export interface JsonRows {
  rows: SourceRow[];
  rejected: Rejection[];
  unreadableMethods: number[];
  /** Record number and key of each section that is not text (a number, a list): left out. */
  unreadableSections: { row: number; key: SectionKey }[];
}

function isSectionKey(key: string): key is SectionKey {
  return Object.hasOwn(SECTION_KEYS, key);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(
      file,
      `Không đọc được JSON: tệp bị cắt cụt hoặc sai cú pháp (${detail}).`,
      'Tải lại hoặc xuất lại tệp cho trọn vẹn; nếu sửa tay, kiểm tra dấu ngoặc và dấu phẩy.',
    );
  }
}

/** A value as text: strings as they are, numbers and booleans written out, lists one item a line. */
function textOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('\n');
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEveryString(file: string, index: number, value: unknown, path: string, limit?: number): void {
  if (typeof value === 'string') checkCellSize(file, `Bản ghi ${index + 1}, trường «${path}»`, value, limit);
  else if (Array.isArray(value))
    value.forEach((item, i) => checkEveryString(file, index, item, `${path}[${i}]`));
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      // Sections are page text, not cells: they have a limit of their own (limits.ts).
      const limit = path === 'bản ghi' && isSectionKey(key) ? MAX_SECTION_CHARACTERS : undefined;
      checkEveryString(file, index, item, `${path}.${key}`, limit);
    }
  }
}

function methodsOf(value: unknown): RawMethod[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const methods: RawMethod[] = [];
  for (const item of value) {
    if (!isObject(item)) return undefined;
    const method: RawMethod = { kind: '', time: '', fee: '', description: '' };
    for (const [key, field] of Object.entries(METHOD_KEYS)) {
      const text = textOf(item[key]);
      if (text === undefined) return undefined;
      method[field] = text;
    }
    methods.push(method);
  }
  return methods;
}

/** The sections the record carries, and the keys whose value is not text (left out, with a warning). */
function sectionsOf(item: Record<string, unknown>): { sections?: RawSections; unreadable: SectionKey[] } {
  const present = (Object.keys(SECTION_KEYS) as SectionKey[]).filter((key) => key in item);
  if (present.length === 0) return { unreadable: [] };
  const sections = emptySections();
  const unreadable: SectionKey[] = [];
  for (const key of present) {
    const text = textOf(item[key]);
    if (text === undefined) unreadable.push(key);
    else sections[SECTION_KEYS[key]] = text;
  }
  return { sections, unreadable };
}

function recordOf(item: Record<string, unknown>): {
  record: RawRecord;
  badKey?: string;
  methodsOk: boolean;
  unreadableSections: SectionKey[];
} {
  const record = emptyRecord();
  for (const [key, field] of Object.entries(DETAIL_KEYS)) {
    const text = textOf(item[key]);
    if (text === undefined) return { record, badKey: key, methodsOk: true, unreadableSections: [] };
    record[field] = text;
  }
  const methods = methodsOf(item['cach_thuc_thuc_hien']);
  record.methods = methods ?? [];
  const { sections, unreadable } = sectionsOf(item);
  if (sections) record.sections = sections;
  return { record, methodsOk: methods !== undefined, unreadableSections: unreadable };
}

/** The detail export's records, each as a row numbered from 1 in file order. */
export function readDetailJson(file: string, bytes: Uint8Array): JsonRows {
  checkNotEmpty(file, bytes);
  const data = parseJson(file, decodeUtf8(file, bytes));
  if (!Array.isArray(data)) {
    throw new ImportFileError(
      file,
      'Tệp JSON không phải một danh sách bản ghi thủ tục (cần dạng [ {...}, {...} ]).',
      'Dùng tệp xuất chi tiết của Cơ sở dữ liệu quốc gia về thủ tục hành chính.',
    );
  }
  if (data.length === 0) {
    throw new ImportFileError(
      file,
      'Tệp JSON là danh sách rỗng, không có bản ghi nào.',
      'Xuất lại tệp có dữ liệu.',
    );
  }
  if (!data.some((item) => isObject(item) && 'ma_tthc' in item && 'ten_tthc' in item)) {
    throw new ImportFileError(
      file,
      'Không bản ghi nào có cả hai trường «ma_tthc» và «ten_tthc»: đây không phải tệp xuất chi tiết thủ tục.',
      'Kiểm tra lại tệp; tên trường phải viết như tệp xuất của Cơ sở dữ liệu quốc gia (ma_tthc, ten_tthc, linh_vuc, …).',
    );
  }
  const result: JsonRows = { rows: [], rejected: [], unreadableMethods: [], unreadableSections: [] };
  data.forEach((item: unknown, index) => {
    const ref = { file, format: 'json' as const, row: index + 1 };
    checkEveryString(file, index, item, 'bản ghi');
    if (!isObject(item)) {
      result.rejected.push({ ref, reason: 'Bản ghi không phải một đối tượng JSON ({...}).' });
      return;
    }
    const { record, badKey, methodsOk, unreadableSections } = recordOf(item);
    if (badKey) {
      result.rejected.push({ ref, reason: `Trường «${badKey}» không phải văn bản.` });
      return;
    }
    if (!methodsOk) result.unreadableMethods.push(index + 1);
    for (const key of unreadableSections) result.unreadableSections.push({ row: index + 1, key });
    result.rows.push({ ref, record });
  });
  return result;
}
