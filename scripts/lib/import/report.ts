/**
 * Step 9, report: what the operator reads after a run. Counts first (every row accounted for),
 * then what needs a person: rejections, conflicts, warnings, the diff, and what was written.
 */
import { formatCount } from '../../../src/lib/format/number';
import type { BuildResult } from './build';
import type { CatalogueDiff } from './diff';
import { FILTER_REASONS, type FilterReason } from './filter';
import type { TopicGroups } from './topic-groups';
import { sectionLines } from './sections/report';
import { feeLines } from './fee-report';
import { toIsoDate } from '../../../src/lib/format/date';
import type { RowOutcome, RowOutcomeKind, SourceFile, Warning, WarningKind } from './types';
import { where } from './where';

export type RowTally = Record<RowOutcomeKind, number> & { read: number };

export function tallyRows(ledger: readonly RowOutcome[]): RowTally {
  const tally: RowTally = { read: ledger.length, imported: 0, merged: 0, filtered: 0, rejected: 0 };
  for (const entry of ledger) tally[entry.outcome] += 1;
  return tally;
}

/** Procedures per topic group, in the groups' own order; groups with none are left out. */
export function countByTopicGroup(result: BuildResult, groups: TopicGroups): [string, number][] {
  const counts = new Map<string, number>();
  for (const procedure of result.catalogue.procedures) {
    counts.set(procedure.topicGroup, (counts.get(procedure.topicGroup) ?? 0) + 1);
  }
  return groups.ids.filter((id) => counts.has(id)).map((id) => [id, counts.get(id) ?? 0]);
}

const WARNING_TITLES: Record<WarningKind, string> = {
  'control-characters': 'bỏ ký tự điều khiển',
  markup: 'tên có ký tự giống HTML (giữ nguyên dạng chữ)',
  'unknown-tier': 'cấp thực hiện không rõ',
  'unknown-method': 'cách nộp không rõ',
  'odd-agency': 'cơ quan thực hiện trông như đoạn văn',
  'time-fee-run-together': 'thời gian dính với phí trong nguồn (bỏ thời gian)',
  'invalid-url': 'đường dẫn không hợp lệ',
  'invalid-level': 'mức độ không hợp lệ',
  'invalid-mode': 'toàn trình / một phần không hợp lệ',
  'code-from-number': 'mã bị Excel lưu thành số (đã đọc lại)',
  'unused-column': 'cột không dùng',
  'duplicate-column': 'cột trùng',
  'unreadable-methods': 'cách thức thực hiện không đọc được',
  'unreadable-section': 'mục chi tiết không phải văn bản (bỏ qua)',
  'unofficial-url': 'đường dẫn không thuộc cổng chính thức (bỏ qua)',
  'documents-empty-table': 'bảng giấy tờ không có dòng nào',
  'documents-outside-rows': 'chữ nằm ngoài các dòng của bảng giấy tờ (giữ làm ghi chú)',
  'documents-unknown-count': 'ô số lượng không rõ dạng (giữ trong tên giấy tờ)',
  'documents-form-only': 'dòng giấy tờ chỉ có tên tệp mẫu',
  'documents-form-unsplit': 'tên giấy tờ dính tên tệp mẫu, không tách được (giữ nguyên)',
  'documents-no-name': 'ô số lượng không kèm tên giấy tờ (bỏ qua)',
  'legal-basis-no-number': 'không tách được số hiệu văn bản (giữ nguyên tên)',
  'legal-basis-no-header': 'căn cứ pháp lý không có dòng tiêu đề',
  'result-unreadable': 'mã kết quả không kèm tên',
};

/** How many examples of each kind of warning to show without --verbose. */
const EXAMPLES = 3;
/** How many codes of each kind of change to show without --verbose. */
const CODES_SHOWN = 10;

function warningLines(warnings: readonly Warning[], verbose: boolean): string[] {
  if (warnings.length === 0) return ['Cảnh báo: không có.'];
  const byKind = new Map<WarningKind, Warning[]>();
  for (const warning of warnings) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
  const lines = [`Cảnh báo: ${formatCount(warnings.length)} (dữ liệu vẫn được nhập)`];
  for (const [kind, list] of byKind) {
    lines.push(`  ${WARNING_TITLES[kind]}: ${formatCount(list.length)}`);
    const shown = verbose ? list : list.slice(0, EXAMPLES);
    lines.push(...shown.map((w) => `    ${w.message}`));
    if (shown.length < list.length)
      lines.push(
        `    … và ${formatCount(list.length - shown.length)} cảnh báo cùng loại (--verbose để xem hết)`,
      );
  }
  return lines;
}

function codeList(label: string, codes: readonly string[], verbose: boolean): string[] {
  if (codes.length === 0) return [];
  const shown = verbose ? codes : codes.slice(0, CODES_SHOWN);
  const more = codes.length - shown.length;
  return [`  ${label}: ${shown.join(', ')}${more > 0 ? ` … và ${formatCount(more)} mã khác` : ''}`];
}

const OUTCOME_LABELS: Record<RowOutcomeKind, string> = {
  imported: 'nhập',
  merged: 'gộp',
  filtered: 'lọc bỏ',
  rejected: 'từ chối',
};

/** Every row and what became of it, in file and row order (--verbose). */
function ledgerLines(ledger: readonly RowOutcome[]): string[] {
  const sorted = [...ledger].sort((a, b) =>
    a.ref.file < b.ref.file ? -1 : a.ref.file > b.ref.file ? 1 : a.ref.row - b.ref.row,
  );
  return [
    'Từng dòng:',
    ...sorted.map(
      (entry) =>
        `  ${where(entry.ref)}${entry.code ? ` (${entry.code})` : ''}: ${OUTCOME_LABELS[entry.outcome]}${entry.reason ? `: ${entry.reason}` : ''}`,
    ),
  ];
}

export interface ReportInput {
  sources: readonly SourceFile[];
  result: BuildResult;
  groups: TopicGroups;
  diff: CatalogueDiff;
  previousProblem?: string | undefined;
  tiers?: readonly string[] | undefined;
  refusals: readonly string[];
  written: readonly string[];
  dryRun: boolean;
  verbose: boolean;
  seconds: number;
  outputBytes: number;
}

export function formatReport(input: ReportInput): string[] {
  const { sources, result, groups, diff, verbose } = input;
  const tally = tallyRows(result.ledger);
  const lines: string[] = ['Nhập danh mục thủ tục hành chính', ''];

  lines.push(`Nguồn: ${sources.length} tệp, ${formatCount(tally.read)} dòng`);
  for (const source of sources) {
    const rows = source.rows.length + source.rejected.length;
    lines.push(
      `  ${source.file} (${source.format}, ${formatCount(rows)} dòng, xuất ngày ${source.exportedOn})`,
    );
  }
  lines.push(
    '',
    `Mỗi dòng đã đi đâu: ${formatCount(tally.read)} dòng = ${formatCount(tally.imported)} nhập + ${formatCount(tally.merged)} gộp + ${formatCount(tally.filtered)} lọc bỏ + ${formatCount(tally.rejected)} từ chối`,
  );

  if (input.tiers) {
    const byReason = new Map<FilterReason, number>();
    for (const { reason } of result.filtered) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    const reasons = [...byReason]
      .map(([reason, n]) => `${FILTER_REASONS[reason]}: ${formatCount(n)}`)
      .join('; ');
    lines.push(
      `Lọc theo --tiers ${input.tiers.join(',')}: bỏ ${formatCount(result.filtered.length)} thủ tục${reasons ? ` (${reasons})` : ''}`,
    );
  }

  const catalogue = result.catalogue;
  lines.push(
    `Danh mục: ${formatCount(catalogue.procedures.length)} thủ tục, cập nhật đến ${catalogue.asOf}`,
    'Theo nhóm chủ đề:',
  );
  for (const [id, count] of countByTopicGroup(result, groups)) {
    lines.push(`  ${groups.names.get(id) ?? id} (${id}): ${formatCount(count)}`);
  }
  if (result.unmappedFields.size > 0) {
    const fields = [...result.unmappedFields].sort((a, b) => b[1] - a[1]);
    const total = fields.reduce((sum, [, n]) => sum + n, 0);
    lines.push(
      `  Trong nhóm «khac» có ${formatCount(total)} thủ tục thuộc ${fields.length} lĩnh vực chưa được xếp nhóm (thêm vào content/catalogue/nhom-linh-vuc-bo-sung.json):`,
      ...fields.map(([field, n]) => `    ${field}: ${formatCount(n)}`),
    );
  }

  lines.push(...sectionLines(result.sections, result.warnings));
  lines.push(...feeLines(catalogue, toIsoDate(new Date())));

  lines.push('', `Từ chối: ${formatCount(result.rejected.length)}`);
  lines.push(...result.rejected.map((r) => `  ${where(r.ref)}: ${r.reason}`));

  lines.push(`Xung đột giữa các nguồn: ${formatCount(result.conflicts.length)}`);
  const conflictsShown = verbose ? result.conflicts : result.conflicts.slice(0, CODES_SHOWN);
  for (const c of conflictsShown) {
    lines.push(
      `  ${c.code}, ${c.field}: giữ «${c.kept.value}» (${where(c.kept.ref)}) vì ${c.why}; không dùng «${c.dropped.value}» (${where(c.dropped.ref)}).`,
    );
  }
  if (conflictsShown.length < result.conflicts.length) {
    lines.push(
      `  … và ${formatCount(result.conflicts.length - conflictsShown.length)} xung đột khác (--verbose để xem hết)`,
    );
  }
  lines.push(...warningLines(result.warnings, verbose));
  if (verbose) lines.push('', ...ledgerLines(result.ledger));

  lines.push('');
  if (input.previousProblem) lines.push(`So với danh mục cũ: ${input.previousProblem}`);
  else {
    lines.push(
      `So với danh mục cũ (${formatCount(diff.previousCount)} thủ tục): thêm ${formatCount(diff.added.length)}, bớt ${formatCount(diff.removed.length)}, thay đổi ${formatCount(diff.changed.length)}`,
      ...codeList('thêm', diff.added, verbose),
      ...codeList('bớt', diff.removed, verbose),
      ...codeList('thay đổi', diff.changed, verbose),
    );
  }

  lines.push('');
  if (input.refusals.length > 0) {
    lines.push('KHÔNG GHI GÌ. Danh mục hiện có giữ nguyên. Lý do:', ...input.refusals.map((r) => `  - ${r}`));
  } else if (input.dryRun) {
    lines.push(
      `Chạy thử (--dry-run): không ghi gì. Danh mục sẽ nặng ${formatCount(Math.round(input.outputBytes / 1024))} KB.`,
    );
  } else {
    lines.push(...input.written.map((file) => `Đã ghi ${file}`));
  }
  lines.push(`Thời gian: ${input.seconds.toFixed(2).replace('.', ',')} giây`);
  return lines;
}
