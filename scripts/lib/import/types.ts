/**
 * The shapes that flow through the import, step by step:
 * file → SourceFile (rows of raw text) → Candidate (one row, normalised) → MergedProcedure (one
 * code, every row that named it) → Procedure (the catalogue schema, src/lib/catalogue/schema.ts).
 */
import type { Method, OnlineLevel, OnlineMode, Tier } from '../../../src/lib/catalogue/schema';
import type { RawSections } from './sections/fields';
import type { Sections } from './sections/read';
import type { SectionWarning } from './sections/types';

export type SourceFormat = 'xlsx' | 'json' | 'csv';

/** Where a row came from. `row` is what the operator sees: the sheet row, the CSV line, the JSON record number. */
export interface RowRef {
  file: string;
  format: SourceFormat;
  row: number;
}

/** One submission method as a source writes it, before parsing. */
export interface RawMethod {
  kind: string;
  time: string;
  fee: string;
  description: string;
}

/** One row of any source, mapped to our field names but still the source's own text. */
export interface RawRecord {
  code: string;
  localCode: string;
  name: string;
  field: string;
  tiers: string;
  agencies: string;
  competentAuthority: string;
  issuingAgencies: string;
  applicants: string;
  decision: string;
  procedureType: string;
  sourceUrl: string;
  onlineLevel: string;
  onlineMode: string;
  /** From a detail export's method table; a list export only names the kinds (`methodKinds`). */
  methods: RawMethod[];
  methodKinds: string;
  /** The detail page's other sections (documents, steps, …): only a detail export has them. */
  sections?: RawSections;
}

export interface SourceRow {
  ref: RowRef;
  record: RawRecord;
}

export interface SourceFile {
  /** The path as given to the import, relative to the working directory, with forward slashes. */
  file: string;
  format: SourceFormat;
  /** The day the source was exported, from the manifest beside it: YYYY-MM-DD. */
  exportedOn: string;
  rows: SourceRow[];
  /** Rows the reader turned away (e.g. a JSON record that is not an object). */
  rejected: Rejection[];
  warnings: Warning[];
}

/** One row, normalised: every value parsed, nothing merged yet. */
export interface Candidate extends Sections {
  ref: RowRef;
  code: string;
  localCode?: string;
  name: string;
  field?: string;
  tiers: Tier[];
  agencies: string[];
  competentAuthority?: string;
  issuingAgencies: string[];
  applicants: string[];
  methods: Method[];
  decision?: string;
  procedureType?: string;
  sourceUrl?: string;
  onlineLevel?: OnlineLevel;
  onlineMode?: OnlineMode;
}

export interface Rejection {
  ref: RowRef;
  code?: string;
  reason: string;
}

export type WarningKind =
  | 'control-characters'
  | 'markup'
  | 'unknown-tier'
  | 'unknown-method'
  | 'odd-agency'
  | 'time-fee-run-together'
  | 'invalid-url'
  | 'invalid-level'
  | 'invalid-mode'
  | 'code-from-number'
  | 'unused-column'
  | 'duplicate-column'
  | 'unreadable-methods'
  | 'unreadable-section'
  | 'unofficial-url'
  | SectionWarning['kind'];

export interface Warning {
  kind: WarningKind;
  ref?: RowRef;
  message: string;
}

/** A value that lost to another for the same code. */
export interface Conflict {
  code: string;
  field: string;
  kept: { value: string; ref: RowRef };
  dropped: { value: string; ref: RowRef };
  why: string;
}

export type RowOutcomeKind = 'imported' | 'merged' | 'filtered' | 'rejected';

/** What became of one input row: the ledger that proves no row was lost. */
export interface RowOutcome {
  ref: RowRef;
  code?: string;
  outcome: RowOutcomeKind;
  reason?: string;
}
