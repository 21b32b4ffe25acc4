/**
 * Step 3, merge: rows that name the same code become one procedure. Detail records win for the
 * fields they give; list exports fill the gaps (agencies where the detail has none, issuing
 * agencies). Where two sources give different values, the loser is reported as a conflict with the
 * reason it lost. The result never depends on the order of the files on the command line.
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
  for (const key of SINGLE_VALUES) if (first[key] !== undefined) givenBy.set(key, first.ref);

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
      if (procedure[key].length === 0 && other[key].length > 0)
        Object.assign(procedure, { [key]: other[key] });
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
