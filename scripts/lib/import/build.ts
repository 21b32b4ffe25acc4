/**
 * Steps 2 to 5 as one pure function: normalise → merge → topic groups → filter → validate. Given the
 * rows read from the sources, it returns the catalogue and the ledger that says what became of every
 * row. It writes nothing, so tests and the command run exactly the same code.
 */
import type { Catalogue, Tier } from '../../../src/lib/catalogue/schema';
import { ATTRIBUTION, InvalidCatalogueError, toProcedure, validateCatalogue } from './catalogue';
import { FILTER_REASONS, filterByTiers, type FilterReason } from './filter';
import { newestDate } from './manifest';
import { mergeByCode, type MergedProcedure } from './merge';
import { normaliseSources } from './normalise';
import type { SectionTally } from './sections/read';
import { topicGroupOf, type TopicGroups } from './topic-groups';
import type { Conflict, Rejection, RowOutcome, SourceFile, Warning } from './types';

export interface BuildResult {
  catalogue: Catalogue;
  /** One entry per input row: imported, merged, filtered or rejected. */
  ledger: RowOutcome[];
  rejected: Rejection[];
  conflicts: Conflict[];
  warnings: Warning[];
  filtered: { code: string; reason: FilterReason }[];
  /** Fields no mapping names, with how many kept procedures fell to "khac" because of each. */
  unmappedFields: Map<string, number>;
  /** What became of the detail page's sections, one tally per detail record read. */
  sections: SectionTally[];
}

type Grouped = MergedProcedure & { field: string; topicGroup: string; groupMapped: boolean };

/** A procedure needs a field (lĩnh vực) to be shown; when no source gives one, its rows are rejected. */
function requireField(procedures: readonly MergedProcedure[]): {
  complete: (MergedProcedure & { field: string })[];
  rejected: Rejection[];
} {
  const complete: (MergedProcedure & { field: string })[] = [];
  const rejected: Rejection[] = [];
  for (const procedure of procedures) {
    const { field } = procedure;
    if (field) complete.push({ ...procedure, field });
    else {
      for (const ref of procedure.rows) {
        rejected.push({
          ref,
          code: procedure.code,
          reason: `Không nguồn nào ghi lĩnh vực của thủ tục ${procedure.code}.`,
        });
      }
    }
  }
  return { complete, rejected };
}

function assignTopicGroups(
  procedures: readonly (MergedProcedure & { field: string })[],
  groups: TopicGroups,
): Grouped[] {
  return procedures.map((procedure) => {
    const { group, mapped } = topicGroupOf(procedure.field, groups);
    return { ...procedure, topicGroup: group, groupMapped: mapped };
  });
}

/** Fields that fell to "khac" because no mapping names them: what editors should map next. */
function countUnmappedFields(kept: readonly Grouped[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const procedure of kept) {
    if (!procedure.groupMapped) counts.set(procedure.field, (counts.get(procedure.field) ?? 0) + 1);
  }
  return counts;
}

function ledgerOf(
  kept: readonly Grouped[],
  filtered: { procedure: Grouped; reason: FilterReason }[],
  rejected: readonly Rejection[],
): RowOutcome[] {
  const ledger: RowOutcome[] = [];
  for (const procedure of kept) {
    procedure.rows.forEach((ref, index) =>
      ledger.push(
        index === 0
          ? { ref, code: procedure.code, outcome: 'imported' }
          : { ref, code: procedure.code, outcome: 'merged', reason: `gộp vào thủ tục ${procedure.code}` },
      ),
    );
  }
  for (const { procedure, reason } of filtered) {
    const label =
      reason === 'other-tier'
        ? `${FILTER_REASONS[reason]} (${procedure.tiers.join(', ')})`
        : FILTER_REASONS[reason];
    for (const ref of procedure.rows)
      ledger.push({ ref, code: procedure.code, outcome: 'filtered', reason: label });
  }
  for (const rejection of rejected) {
    ledger.push({
      ref: rejection.ref,
      ...(rejection.code ? { code: rejection.code } : {}),
      outcome: 'rejected',
      reason: rejection.reason,
    });
  }
  return ledger;
}

function byFile(a: SourceFile, b: SourceFile): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Every row read must end in exactly one outcome; otherwise the import has a bug and must not write. */
function checkEveryRowAccounted(sources: readonly SourceFile[], ledger: readonly RowOutcome[]): void {
  const read = sources.reduce((sum, source) => sum + source.rows.length + source.rejected.length, 0);
  const distinct = new Set(ledger.map((entry) => `${entry.ref.file}\u0000${entry.ref.row}`)).size;
  if (ledger.length !== read || distinct !== read) {
    throw new InvalidCatalogueError(
      `Số dòng không khớp: đọc ${read} dòng nhưng ghi nhận kết quả cho ${ledger.length} (${distinct} dòng khác nhau). Đây là lỗi của chương trình nhập: báo cho nhóm phát triển.`,
    );
  }
}

export function buildCatalogue(
  sources: readonly SourceFile[],
  groups: TopicGroups,
  tiers?: readonly Tier[],
): BuildResult {
  const normalised = normaliseSources(sources);
  const merged = mergeByCode(normalised.candidates);
  const { complete, rejected: withoutField } = requireField(merged.procedures);
  const { kept, filtered } = filterByTiers(assignTopicGroups(complete, groups), tiers);

  const catalogue = validateCatalogue({
    attribution: ATTRIBUTION,
    asOf: newestDate(sources.map((source) => source.exportedOn)) ?? '',
    sources: [...sources].sort(byFile).map((source) => ({
      file: source.file,
      format: source.format,
      rows: source.rows.length + source.rejected.length,
    })),
    procedures: kept.map((procedure) => toProcedure(procedure, procedure.topicGroup)),
  });

  const rejected = [...normalised.rejected, ...withoutField];
  const keptCodes = new Set(kept.map((procedure) => procedure.code));
  const ledger = ledgerOf(kept, filtered, rejected);
  checkEveryRowAccounted(sources, ledger);
  return {
    catalogue,
    ledger,
    rejected,
    // A conflict matters only where the procedure is in the catalogue.
    conflicts: merged.conflicts.filter((conflict) => keptCodes.has(conflict.code)),
    warnings: normalised.warnings,
    filtered: filtered.map(({ procedure, reason }) => ({ code: procedure.code, reason })),
    unmappedFields: countUnmappedFields(kept),
    sections: normalised.sections,
  };
}
