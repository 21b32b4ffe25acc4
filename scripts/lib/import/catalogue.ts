/**
 * The catalogue as written: procedures in the schema's key order, the whole validated against the
 * schema the site reads with (src/lib/catalogue/schema.ts), so the import can never write a file
 * the site cannot build.
 */
import {
  catalogueSchema,
  type Catalogue,
  type Fee,
  type FeeAmount,
  type FeeFacts,
  type LegalBasis,
  type Method,
  type ProcessingTime,
  type Procedure,
  type ProcedureDocument,
  type ProcedureResult,
} from '../../../src/lib/catalogue/schema';
import type { MergedProcedure } from './merge';

export const ATTRIBUTION = 'Nguồn: Cơ sở dữ liệu quốc gia về thủ tục hành chính';

/** Drops undefined values, so optional fields are absent rather than null; keeps the key order given. */
function defined<T extends object>(value: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function orderedTime(time: ProcessingTime): ProcessingTime {
  return defined<ProcessingTime>({ value: time.value, unit: time.unit, text: time.text });
}

function orderedFee(fee: Fee): Fee {
  return defined<Fee>({ text: fee.text, amountVnd: fee.amountVnd });
}

function orderedAmount(amount: FeeAmount): FeeAmount {
  return defined<FeeAmount>({
    amount: amount.amount,
    currency: amount.currency,
    per: amount.per,
    label: amount.label,
    from: amount.from,
    until: amount.until,
  });
}

function orderedFeeFacts(facts: FeeFacts): FeeFacts {
  return defined<FeeFacts>({
    amounts: facts.amounts?.map(orderedAmount),
    regulations: facts.regulations,
    free: facts.free,
    mentionsFee: facts.mentionsFee,
  });
}

function orderedMethod(method: Method): Method {
  return defined<Method>({
    kind: method.kind,
    time: method.time && orderedTime(method.time),
    fee: method.fee && orderedFee(method.fee),
    description: method.description,
    feeFacts: method.feeFacts && orderedFeeFacts(method.feeFacts),
  });
}

function orderedDocument(document: ProcedureDocument): ProcedureDocument {
  return defined<ProcedureDocument>({
    name: document.name,
    originals: document.originals,
    copies: document.copies,
    forms: document.forms,
    group: document.group,
  });
}

function orderedResult(result: ProcedureResult): ProcedureResult {
  return defined<ProcedureResult>({ name: result.name, resultCode: result.resultCode });
}

function orderedLegalBasis(basis: LegalBasis): LegalBasis {
  return defined<LegalBasis>({ title: basis.title, number: basis.number });
}

/** A merged procedure in the catalogue's terms, keys always in the same order. */
export function toProcedure(merged: MergedProcedure & { field: string }, topicGroup: string): Procedure {
  return defined<Procedure>({
    code: merged.code,
    localCode: merged.localCode,
    name: merged.name,
    field: merged.field,
    topicGroup,
    tiers: merged.tiers,
    agencies: merged.agencies,
    competentAuthority: merged.competentAuthority,
    issuingAgencies: merged.issuingAgencies.length ? merged.issuingAgencies : undefined,
    applicants: merged.applicants,
    methods: merged.methods.map(orderedMethod),
    decision: merged.decision,
    procedureType: merged.procedureType,
    sourceUrl: merged.sourceUrl,
    onlineLevel: merged.onlineLevel,
    onlineMode: merged.onlineMode,
    requirements: merged.requirements,
    documents: merged.documents?.map(orderedDocument),
    documentsText: merged.documentsText,
    steps: merged.steps,
    result: merged.result?.map(orderedResult),
    receivingAddress: merged.receivingAddress,
    legalBasis: merged.legalBasis?.map(orderedLegalBasis),
  });
}

/** The catalogue failed the shared schema: a bug in the import, never the operator's fault. */
export class InvalidCatalogueError extends Error {
  override readonly name = 'InvalidCatalogueError';
}

export function validateCatalogue(catalogue: Catalogue): Catalogue {
  const result = catalogueSchema.safeParse(catalogue);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((issue) => {
    const [section, index, ...rest] = issue.path;
    const code =
      section === 'procedures' && typeof index === 'number' ? catalogue.procedures[index]?.code : undefined;
    const place = code ? `thủ tục ${code}, trường «${rest.join('.')}»` : `«${issue.path.join('.')}»`;
    return `${place}: ${issue.message}`;
  });
  throw new InvalidCatalogueError(
    `Danh mục tạo ra không khớp mẫu dữ liệu chung (src/lib/catalogue/schema.ts), nên không được ghi:\n  ${problems.join('\n  ')}\nĐây là lỗi của chương trình nhập, không phải của tệp nguồn: báo cho nhóm phát triển kèm lệnh đã chạy.`,
  );
}

/**
 * The file's text: fixed key order, two-space indentation for the envelope, one procedure per line
 * (readable diffs, a small file), a final newline. No timestamps: same inputs, same bytes.
 */
export function serialiseCatalogue(catalogue: Catalogue): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const sources = catalogue.sources.map((s) => ({ file: s.file, format: s.format, rows: s.rows }));
  return [
    '{',
    `  "attribution": ${JSON.stringify(catalogue.attribution)},`,
    `  "asOf": ${JSON.stringify(catalogue.asOf)},`,
    `  "sources": ${list(sources)},`,
    `  "procedures": ${list(catalogue.procedures)}`,
    '}',
    '',
  ].join('\n');
}
