/**
 * The catalogue of administrative procedures (thủ tục hành chính), as written by `npm run import`
 * into content/catalogue/services.json and read by the site. One schema for both sides, so the
 * import can never write something the site cannot read.
 *
 * Rule for every optional field: it is present only when a source states it. Nothing is inferred:
 * a procedure without an `onlineLevel` has no level in any source, not "level 2".
 */
import { z } from 'zod';

import { FEE_CURRENCIES, ONLINE_MODES, PROCEDURE_CODE, TIERS, METHODS, TIME_UNITS } from './constants';

export * from './constants';

const nonEmpty = z.string().trim().min(1);

export const processingTimeSchema = z
  .object({
    /** The number of units, when the source gives one. */
    value: z.number().positive().optional(),
    /** The unit, when the source names one ("7" alone has no unit). */
    unit: z.enum(TIME_UNITS).optional(),
    /** The source's own words, always kept: "7 Ngày làm việc". */
    text: nonEmpty,
  })
  .strict();

export const feeSchema = z
  .object({
    /** The source's own words: "Miễn phí", "50.000 VNĐ (đồng/lần)". */
    text: nonEmpty,
    /** The amount in đồng when the text states exactly one amount in VND; 0 means free of charge. */
    amountVnd: z.number().int().nonnegative().optional(),
  })
  .strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One amount a method's fee cell or description names: "135.000 đồng/lần". */
export const feeAmountSchema = z
  .object({
    /** In its currency: 135000 for "135.000 đồng", 10 for "10 USD". */
    amount: z.number().positive(),
    currency: z.enum(FEE_CURRENCIES),
    /** What it is counted per, after the slash: "lần", "lần cấp". */
    per: nonEmpty.optional(),
    /** What it is for, in the source's words before it: "Lệ phí cấp giấy phép lái xe". */
    label: nonEmpty.optional(),
    /** First and last day the rate applies, when the same sentence says so (YYYY-MM-DD). */
    from: isoDay.optional(),
    until: isoDay.optional(),
  })
  .strict();

/**
 * What the method's fee cell and description say about money, read by the import (fee-facts.ts).
 * Present only when they say something.
 */
export const feeFactsSchema = z
  .object({
    amounts: z.array(feeAmountSchema).min(1).optional(),
    /** Regulations cited for a fee: "Thông tư số 244/2016/TT-BTC". */
    regulations: z.array(nonEmpty).min(1).optional(),
    /** The text says no fee is charged ("Miễn lệ phí"). */
    free: z.literal(true).optional(),
    /** The text speaks of a fee beyond saying that none is charged. */
    mentionsFee: z.literal(true).optional(),
  })
  .strict();

export const methodSchema = z
  .object({
    kind: z.enum(METHODS),
    time: processingTimeSchema.optional(),
    fee: feeSchema.optional(),
    /** The source's description of this way of submitting, e.g. where to go. */
    description: nonEmpty.optional(),
    feeFacts: feeFactsSchema.optional(),
  })
  .strict();

/**
 * One row of the documents table (thành phần hồ sơ), in the source's order. The counts are as the
 * source writes them ("1 bản chính,1 bản sao" → 1 and 1); a row counting 0 and 0 is still a row,
 * often a note ("… thì không phải nộp bản giấy").
 */
export const documentSchema = z
  .object({
    /** The document's name as the source writes it, without the form file names or the count. */
    name: nonEmpty,
    /** Bản chính: how many originals. */
    originals: z.number().int().nonnegative(),
    /** Bản sao: how many copies. */
    copies: z.number().int().nonnegative(),
    /** The form files the row names, e.g. "Mẫu số 04.docx". */
    forms: z.array(nonEmpty).min(1).optional(),
    /** The heading of the part of the table the row sits under, e.g. "Giấy tờ phải nộp". */
    group: nonEmpty.optional(),
  })
  .strict();

/** One thing the citizen receives (kết quả), with its code when the source gives one. */
export const resultSchema = z
  .object({
    /** "Giấy khai sinh" */
    name: nonEmpty,
    /** The national result code the source glues to the name: "KQ.G15.000031". */
    resultCode: nonEmpty.optional(),
  })
  .strict();

/** One legal document the procedure rests on (căn cứ pháp lý). */
export const legalBasisSchema = z
  .object({
    /** The document's title as the source writes it: "Luật 49/2019/QH14". */
    title: nonEmpty,
    /** Its number, when it can be told apart from the title: "49/2019/QH14". */
    number: nonEmpty.optional(),
  })
  .strict();

export const procedureSchema = z
  .object({
    code: z.string().regex(PROCEDURE_CODE),
    /** The province's variant of the code, e.g. "1.001193.000.00.00.H58", when a source gives it. */
    localCode: nonEmpty.optional(),
    name: nonEmpty,
    /** Lĩnh vực, as the source names it: "Hộ tịch". */
    field: nonEmpty,
    /** Id of the citizen-facing topic group (content/catalogue/nhom-linh-vuc.json); "khac" when unmapped. */
    topicGroup: z.string().regex(/^[a-z0-9-]+$/),
    /** Tiers that carry the procedure out; empty when no source says. Sorted in TIERS order. */
    tiers: z.array(z.enum(TIERS)),
    /** Cơ quan thực hiện, one agency per entry. */
    agencies: z.array(nonEmpty),
    /** Cơ quan có thẩm quyền, when it differs from or adds to the agencies. */
    competentAuthority: nonEmpty.optional(),
    /** Cơ quan ban hành: who published the procedure (from list exports). */
    issuingAgencies: z.array(nonEmpty).optional(),
    /** Đối tượng thực hiện: who may apply. */
    applicants: z.array(nonEmpty),
    /** Cách thức thực hiện: one entry per way and sub-case, in the source's order. */
    methods: z.array(methodSchema),
    /** Số quyết định công bố: the decision that published the procedure. */
    decision: nonEmpty.optional(),
    /** Loại thủ tục, in the source's words. */
    procedureType: nonEmpty.optional(),
    /** The official page of the procedure (link_truy_cap), where citizens submit. */
    sourceUrl: z.string().url().optional(),
    /** Mức độ (Nghị định 43/2011), only when a source states it. */
    onlineLevel: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional(),
    /** Toàn trình / một phần (Nghị định 42/2022), only when a source states it. */
    onlineMode: z.enum(ONLINE_MODES).optional(),
    /** Yêu cầu, điều kiện: conditions the applicant must meet, as the source writes them. */
    requirements: nonEmpty.optional(),
    /** Thành phần hồ sơ: every row of the documents table, in order. */
    documents: z.array(documentSchema).min(1).optional(),
    /**
     * Documents text that is not a table (no header), kept whole; also what a table holds outside
     * its rows (a heading with no rows, a note after the last row).
     */
    documentsText: nonEmpty.optional(),
    /** Trình tự thực hiện: the steps, one paragraph per entry, text as the source has it. */
    steps: z.array(nonEmpty).min(1).optional(),
    /** Kết quả: what the citizen receives; several when the procedure can end in several ways. */
    result: z.array(resultSchema).min(1).optional(),
    /** Địa chỉ tiếp nhận hồ sơ, as the source writes it. */
    receivingAddress: nonEmpty.optional(),
    /** Căn cứ pháp lý, in the source's order. */
    legalBasis: z.array(legalBasisSchema).min(1).optional(),
  })
  .strict();

const catalogueFields = {
  /** The attribution shown on every procedure page. */
  attribution: nonEmpty,
  /** The date of the newest source export, YYYY-MM-DD: "last updated" on procedure pages. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The files the catalogue was imported from, as passed to the import. */
  sources: z.array(
    z
      .object({
        file: nonEmpty,
        format: z.enum(['xlsx', 'json', 'csv']),
        rows: z.number().int().nonnegative(),
      })
      .strict(),
  ),
};

/** The whole catalogue file, every procedure checked: what the import must write. */
export const catalogueSchema = z
  .object({ ...catalogueFields, procedures: z.array(procedureSchema) })
  .strict();

/** The catalogue's own fields, without the procedures. */
export const catalogueMetaSchema = z.object(catalogueFields).strict();

export type ProcessingTime = z.infer<typeof processingTimeSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type FeeAmount = z.infer<typeof feeAmountSchema>;
export type FeeFacts = z.infer<typeof feeFactsSchema>;
export type FeeCurrency = FeeAmount['currency'];
export type Method = z.infer<typeof methodSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
export type ProcedureDocument = z.infer<typeof documentSchema>;
export type ProcedureResult = z.infer<typeof resultSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueMeta = z.infer<typeof catalogueMetaSchema>;
