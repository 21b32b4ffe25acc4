/**
 * Step 3, merge: rows that name the same code become one procedure. Detail records win for the
 * fields they give; list exports fill the gaps (agencies where the detail has none, issuing
 * agencies). Where two sources give different values for any field (lists compared item by item,
 * whatever their order), the loser is reported as a conflict with the reason it lost. The result never depends on the order of the files on the command line.
 */
import { foldVietnamese } from '../../../src/lib/text/fold';
import type { Candidate, Conflict, RowRef, SourceFormat } from './types';

/** Detail exports first, then one-stop CSV lists, then the national Excel lists. */
const FORMAT_RANK: Record<SourceFormat, number> = { json: 0, csv: 1, xlsx: 2 };

const FORMAT_NAMES: Record<SourceFormat, string> = {
  json: 'tệp xuất chi tiết (.json)',
  csv: 'danh sách của cổng một cửa (.csv)',
  xlsx: 'danh sách Excel (.xlsx)',
};

/** One value per procedure: the first source in precedence order that gives it wins. */
const SINGLE_VALUES = [
  'name',
  'localCode',
  'field',
  'competentAuthority',
  'decision',
  'procedureType',
  'sourceUrl',
  'onlineLevel',
  'onlineMode',
] as const satisfies readonly (keyof Candidate)[];

/** Lists: the first source in precedence order that gives a non-empty list wins, whole. */
const LISTS = [
  'tiers',
  'agencies',
  'issuingAgencies',
  'applicants',
  'methods',
] as const satisfies readonly (keyof Candidate)[];

/**
 * The detail page's sections: only detail exports give them. Each is taken whole from the first
 * source in precedence order that gives it, never mixed from two.
 */
const SECTION_VALUES = [
  'requirements',
  'documents',
  'documentsText',
  'steps',
  'result',
  'receivingAddress',
  'legalBasis',
] as const satisfies readonly (keyof Candidate)[];

const SECTION_LABELS: Record<(typeof SECTION_VALUES)[number], string> = {
  requirements: 'yêu cầu, điều kiện',
  documents: 'thành phần hồ sơ',
  documentsText: 'thành phần hồ sơ (dạng chữ)',
  steps: 'trình tự thực hiện',
  result: 'kết quả',
  receivingAddress: 'địa chỉ tiếp nhận',
  legalBasis: 'căn cứ pháp lý',
};

const LIST_LABELS: Record<(typeof LISTS)[number], string> = {
  tiers: 'cấp thực hiện',
  agencies: 'cơ quan thực hiện',
  issuingAgencies: 'cơ quan ban hành',
  applicants: 'đối tượng thực hiện',
  methods: 'cách thức thực hiện',
};

/** A list as compared between sources: its items folded and sorted, so order and marks do not count. */
function listKey(items: readonly unknown[]): string {
  return items
    .map((item) => foldVietnamese(typeof item === 'string' ? item : JSON.stringify(item)))
    .sort()
    .join('\n');
}

/** A section for a conflict message: its text, or its JSON, cut short. */
function describeSection(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** Names for conflict messages. */
const VALUE_LABELS: Record<(typeof SINGLE_VALUES)[number], string> = {
  name: 'tên',
  localCode: 'mã địa phương',
  field: 'lĩnh vực',
  competentAuthority: 'cơ quan có thẩm quyền',
  decision: 'số quyết định',
  procedureType: 'loại thủ tục',
  sourceUrl: 'đường dẫn',
  onlineLevel: 'mức độ',
  onlineMode: 'toàn trình / một phần',
};

export interface MergedProcedure extends Omit<Candidate, 'ref'> {
  /** Every row that named this code, the one that gave the name first. */
  rows: RowRef[];
}

export interface MergeResult {
  procedures: MergedProcedure[];
  conflicts: Conflict[];
}

function byPrecedence(a: Candidate, b: Candidate): number {
  return (
    FORMAT_RANK[a.ref.format] - FORMAT_RANK[b.ref.format] ||
    (a.ref.file < b.ref.file ? -1 : a.ref.file > b.ref.file ? 1 : 0) ||
    a.ref.row - b.ref.row
  );
}

function whyKept(kept: RowRef, dropped: RowRef): string {
  if (kept.format !== dropped.format) {
    return `${FORMAT_NAMES[kept.format]} được ưu tiên hơn ${FORMAT_NAMES[dropped.format]}`;
  }
  return 'hai nguồn cùng loại: giữ giá trị đứng trước (xếp theo tên tệp, rồi số dòng)';
}

function mergeGroup(group: Candidate[], conflicts: Conflict[]): MergedProcedure {
  const [first, ...others] = group as [Candidate, ...Candidate[]];
  const { ref: _ref, ...merged } = first;
  const procedure: MergedProcedure = { ...merged, rows: group.map((c) => c.ref) };
  const givenBy = new Map<string, RowRef>();
  for (const key of [...SINGLE_VALUES, ...SECTION_VALUES]) {
    if (first[key] !== undefined) givenBy.set(key, first.ref);
  }
  for (const key of LISTS) if (first[key].length > 0) givenBy.set(key, first.ref);

  for (const other of others) {
    for (const key of SINGLE_VALUES) {
      const value = other[key];
      if (value === undefined) continue;
      const current = procedure[key];
      const keptRef = givenBy.get(key);
      if (current === undefined || keptRef === undefined) {
        Object.assign(procedure, { [key]: value });
        givenBy.set(key, other.ref);
      } else if (foldVietnamese(String(current)) !== foldVietnamese(String(value))) {
        conflicts.push({
          code: first.code,
          field: VALUE_LABELS[key],
          kept: { value: String(current), ref: keptRef },
          dropped: { value: String(value), ref: other.ref },
          why: whyKept(keptRef, other.ref),
        });
      }
    }
    for (const key of LISTS) {
      const value: readonly unknown[] = other[key];
      if (value.length === 0) continue;
      const current: readonly unknown[] = procedure[key];
      const keptRef = givenBy.get(key);
      if (current.length === 0 || keptRef === undefined) {
        Object.assign(procedure, { [key]: value });
        givenBy.set(key, other.ref);
      } else if (listKey(current) !== listKey(value)) {
        conflicts.push({
          code: first.code,
          field: LIST_LABELS[key],
          kept: { value: describeSection(current), ref: keptRef },
          dropped: { value: describeSection(value), ref: other.ref },
          why: whyKept(keptRef, other.ref),
        });
      }
    }
    for (const key of SECTION_VALUES) {
      const value = other[key];
      if (value === undefined) continue;
      const keptRef = givenBy.get(key);
      if (procedure[key] === undefined || keptRef === undefined) {
        Object.assign(procedure, { [key]: value });
        givenBy.set(key, other.ref);
      } else if (JSON.stringify(procedure[key]) !== JSON.stringify(value)) {
        conflicts.push({
          code: first.code,
          field: SECTION_LABELS[key],
          kept: { value: describeSection(procedure[key]), ref: keptRef },
          dropped: { value: describeSection(value), ref: other.ref },
          why: whyKept(keptRef, other.ref),
        });
      }
    }
  }
  return procedure;
}

export function mergeByCode(candidates: readonly Candidate[]): MergeResult {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of [...candidates].sort(byPrecedence)) {
    const group = groups.get(candidate.code);
    if (group) group.push(candidate);
    else groups.set(candidate.code, [candidate]);
  }
  const conflicts: Conflict[] = [];
  const procedures = [...groups.keys()].sort().map((code) => mergeGroup(groups.get(code) ?? [], conflicts));
  return { procedures, conflicts };
}
