/**
 * Step 2 for the detail page's sections: each section's text cleaned (NFC, no control characters)
 * and read into the catalogue's terms by its parser, with every warning naming the file, the record
 * and the export's key. Pure: no files.
 */
import type { LegalBasis, ProcedureDocument, ProcedureResult } from '../../../../src/lib/catalogue/schema';
import { cleanParagraphs, looksLikeMarkup } from '../text';
import type { RowRef, Warning } from '../types';
import { where } from '../where';
import { saysNone, saysNothing } from './absent';
import { countWordsIn } from './count-cells';
import { parseDocuments } from './documents';
import { SECTION_FIELDS, SECTION_KEY_OF, type RawSections, type SectionField } from './fields';
import { parseLegalBasis } from './legal-basis';
import { parseResult } from './result';
import { parseSteps } from './steps';
import type { Parsed, SectionOutcome, SectionWarning } from './types';

/** The sections in the catalogue's terms: every key absent when the source says nothing. */
export interface Sections {
  requirements?: string;
  documents?: ProcedureDocument[];
  documentsText?: string;
  steps?: string[];
  result?: ProcedureResult[];
  receivingAddress?: string;
  legalBasis?: LegalBasis[];
}

/** What became of each section of one record, for the report. */
export interface SectionTally {
  outcomes: Record<SectionField, SectionOutcome>;
  /** Rows of the documents table. */
  documentRows: number;
  /** Strings of the count cells' shape in the source, cells or not ("nộp 02 bản chính tờ khai"). */
  countWords: number;
}

function plainText(text: string): Parsed<string> {
  if (saysNothing(text)) return { outcome: 'absent', warnings: [] };
  return { value: text, outcome: 'text', warnings: [] };
}

function conditions(text: string): Parsed<string> {
  if (saysNothing(text)) return { outcome: 'absent', warnings: [] };
  if (saysNone(text)) return { outcome: 'none', warnings: [] };
  return { value: text, outcome: 'text', warnings: [] };
}

export function readSections(
  raw: RawSections,
  ref: RowRef,
): {
  sections: Sections;
  tally: SectionTally;
  warnings: Warning[];
} {
  const warnings: Warning[] = [];
  const warn = (field: SectionField, kind: Warning['kind'], message: string) =>
    warnings.push({ kind, ref, message: `${where(ref)}, «${SECTION_KEY_OF[field]}»: ${message}` });

  const text = {} as Record<SectionField, string>;
  for (const field of SECTION_FIELDS) {
    const { text: cleaned, removedControls } = cleanParagraphs(raw[field]);
    text[field] = cleaned;
    if (removedControls > 0)
      warn(field, 'control-characters', `đã bỏ ${removedControls} ký tự điều khiển (vô hình).`);
    if (looksLikeMarkup(cleaned)) {
      warn(field, 'markup', 'có ký tự giống thẻ HTML; giữ nguyên dạng chữ, không hiểu là mã HTML.');
    }
  }

  const documents = parseDocuments(text.documents);
  const steps = parseSteps(text.steps);
  const requirements = conditions(text.requirements);
  const result = parseResult(text.result);
  const legalBasis = parseLegalBasis(text.legalBasis);
  const receivingAddress = plainText(text.receivingAddress);

  const parsed: Record<SectionField, Parsed<unknown>> = {
    documents,
    steps,
    requirements,
    result,
    legalBasis,
    receivingAddress,
  };
  for (const field of SECTION_FIELDS) {
    for (const warning of parsed[field].warnings as SectionWarning[])
      warn(field, warning.kind, warning.message);
  }

  const sections: Sections = {
    ...(requirements.value ? { requirements: requirements.value } : {}),
    ...(documents.value?.documents ? { documents: documents.value.documents } : {}),
    ...(documents.value?.documentsText ? { documentsText: documents.value.documentsText } : {}),
    ...(steps.value ? { steps: steps.value } : {}),
    ...(result.value ? { result: result.value } : {}),
    ...(receivingAddress.value ? { receivingAddress: receivingAddress.value } : {}),
    ...(legalBasis.value ? { legalBasis: legalBasis.value } : {}),
  };
  const outcomes = Object.fromEntries(
    SECTION_FIELDS.map((field) => [field, parsed[field].outcome]),
  ) as Record<SectionField, SectionOutcome>;
  return {
    sections,
    tally: {
      outcomes,
      documentRows: documents.value?.documents?.length ?? 0,
      countWords: countWordsIn(raw.documents.normalize('NFC')),
    },
    warnings,
  };
}
