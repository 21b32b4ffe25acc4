/**
 * Step 2, normalise: each raw row becomes a candidate procedure in the catalogue's terms (clean NFC
 * text, parsed tiers, methods, times and fees), or is rejected with its reason. Pure: no files.
 */
import { site } from '../../../src/config/site';
import { hasFeeFacts, readFeeFacts } from '../../../src/lib/catalogue/fee-facts';
import type { Method, MethodKind } from '../../../src/lib/catalogue/schema';
import { linkProblem, officialHosts } from '../../../src/lib/official-links';
import { foldVietnamese } from '../../../src/lib/text/fold';
import {
  parseCode,
  parseFee,
  parseMethodKind,
  parseMethodKinds,
  parseOnlineLevel,
  parseOnlineMode,
  parseProcessingTime,
  parseTiers,
  timeAndFeeRunTogether,
} from './parse-fields';
import { splitAgencies, splitApplicants } from './split-lists';
import { readSections, type SectionTally } from './sections/read';
import { cleanLine, cleanParagraphs, doubleEncoded, looksLikeMarkup, unique } from './text';
import type {
  Candidate,
  RawMethod,
  RawRecord,
  Rejection,
  RowRef,
  SourceFile,
  SourceRow,
  Warning,
} from './types';
import { where } from './where';

export interface NormalisedRow {
  candidate?: Candidate;
  rejection?: Rejection;
  warnings: Warning[];
  /** What became of the detail page's sections, for a row that has them. */
  sections?: SectionTally;
}

/** Hosts the "Làm thủ tục" button may point to: the portals the site configuration lists. */
const OFFICIAL_HOSTS = officialHosts(site.portals);

/** Field names as operators know them, for messages. */
const FIELD_LABELS: Record<keyof RawRecord, string> = {
  code: 'Mã số',
  localCode: 'Mã địa phương',
  name: 'Tên',
  field: 'Lĩnh vực',
  tiers: 'Cấp thực hiện',
  agencies: 'Cơ quan thực hiện',
  competentAuthority: 'Cơ quan có thẩm quyền',
  issuingAgencies: 'Cơ quan ban hành',
  applicants: 'Đối tượng thực hiện',
  decision: 'Số quyết định',
  procedureType: 'Loại thủ tục',
  sourceUrl: 'Đường dẫn',
  onlineLevel: 'Mức độ',
  onlineMode: 'Toàn trình / Một phần',
  methods: 'Cách thức thực hiện',
  methodKinds: 'Cách thức thực hiện',
  sections: 'Các mục chi tiết',
};

const CODE_FORMAT = 'một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193';

/** Collects the warnings of one row while its fields are cleaned. */
class RowCleaner {
  readonly warnings: Warning[] = [];
  constructor(private readonly ref: RowRef) {}

  warn(kind: Warning['kind'], message: string): void {
    this.warnings.push({ kind, ref: this.ref, message: `${where(this.ref)}: ${message}` });
  }

  private noteControls(field: keyof RawRecord, removed: number): void {
    if (removed > 0) {
      this.warn(
        'control-characters',
        `đã bỏ ${removed} ký tự điều khiển (vô hình) khỏi «${FIELD_LABELS[field]}».`,
      );
    }
  }

  line(field: keyof RawRecord, text: string): string {
    const { text: cleaned, removedControls } = cleanLine(text);
    this.noteControls(field, removedControls);
    return cleaned;
  }

  paragraphs(field: keyof RawRecord, text: string): string {
    const { text: cleaned, removedControls } = cleanParagraphs(text);
    this.noteControls(field, removedControls);
    return cleaned;
  }

  /** An optional value: present only when the source gives one. */
  optional(field: keyof RawRecord, text: string): string | undefined {
    return this.line(field, text) || undefined;
  }
}

/** A list's "Lĩnh vực" cell may repeat a field, or add one, on another line: each is kept once. */
function distinctLines(text: string): string[] {
  return unique(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/**
 * Agency names start with a capital ("Sở", "Ủy ban", "Công an"). Page text that slipped into the
 * agency column in the detail data starts with a small letter or a bullet ("* Ký, ghi rõ họ tên…").
 */
function looksLikeAgencyName(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function reject(ref: RowRef, reason: string, code?: string): NormalisedRow {
  return { rejection: { ref, reason, ...(code ? { code } : {}) }, warnings: [] };
}

function methodFrom(raw: RawMethod, clean: RowCleaner): Method | undefined {
  const kind = parseMethodKind(raw.kind);
  if (!kind) {
    clean.warn(
      'unknown-method',
      `không hiểu cách nộp «${cleanLine(raw.kind).text}»; bỏ qua dòng cách nộp này.`,
    );
    return undefined;
  }
  const description = clean.paragraphs('methods', raw.description);
  const fee = parseFee(clean.line('methods', raw.fee));
  const runTogether = fee === undefined && timeAndFeeRunTogether(description);
  if (runTogether && raw.time.trim()) {
    clean.warn(
      'time-fee-run-together',
      `thời gian «${cleanLine(raw.time).text}» dính với phí ở phần mô tả («${description.slice(0, 30)}…»); bỏ thời gian, giữ mô tả.`,
    );
  }
  const time = runTogether ? undefined : parseProcessingTime(clean.line('methods', raw.time));
  // The fee cell often says "Miễn phí" while the description names the fee: both are read (a cell
  // that says only "Miễn phí" has nothing more to tell).
  const feeFacts = readFeeFacts(fee?.amountVnd === 0 ? '' : (fee?.text ?? ''), description);
  return {
    kind,
    ...(time ? { time } : {}),
    ...(fee ? { fee } : {}),
    ...(description ? { description } : {}),
    ...(hasFeeFacts(feeFacts) ? { feeFacts } : {}),
  };
}

/** The same method written twice (the detail data repeats rows for sub-cases) is kept once. */
function uniqueMethods(methods: Method[]): Method[] {
  const seen = new Set<string>();
  return methods.filter((method) => {
    const key = JSON.stringify(method);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function methodsFrom(record: RawRecord, clean: RowCleaner): Method[] {
  if (record.methods.length > 0) {
    return uniqueMethods(
      record.methods.map((raw) => methodFrom(raw, clean)).filter((m): m is Method => m !== undefined),
    );
  }
  const { kinds, unknown } = parseMethodKinds(clean.line('methodKinds', record.methodKinds));
  for (const label of unknown) clean.warn('unknown-method', `không hiểu cách nộp «${label}»; bỏ qua.`);
  return kinds.map((kind: MethodKind) => ({ kind }));
}

/**
 * The official page of the procedure, only when it is a clean https:// address on a portal the
 * site lists as official: it becomes the page's "Làm thủ tục" button.
 */
function sourceUrlFrom(text: string, clean: RowCleaner): string | undefined {
  if (!text) return undefined;
  const problem = linkProblem(text, OFFICIAL_HOSTS);
  if (problem === undefined) return text;
  if (problem === 'not-https') {
    clean.warn(
      'invalid-url',
      `«${text.slice(0, 80)}» không phải một địa chỉ https:// sạch; bỏ qua đường dẫn, trang sẽ chỉ tới Cổng Dịch vụ công quốc gia.`,
    );
  } else {
    clean.warn(
      'unofficial-url',
      `«${text.slice(0, 80)}» không thuộc cổng chính thức nào trong cấu hình (${OFFICIAL_HOSTS.join(', ')}); bỏ qua đường dẫn, trang sẽ chỉ tới Cổng Dịch vụ công quốc gia.`,
    );
  }
  return undefined;
}

/** The first text of a row that reads as Vietnamese encoded twice, with its field. */
function garbledField(record: RawRecord): { field: string; text: string } | undefined {
  for (const [field, value] of Object.entries(record)) {
    const texts = typeof value === 'string' ? [value] : JSON.stringify(value ?? '').split('"');
    for (const text of texts) {
      const garbled = doubleEncoded(text);
      if (garbled) return { field: FIELD_LABELS[field as keyof RawRecord] ?? field, text: garbled };
    }
  }
  return undefined;
}

export function normaliseRow({ ref, record }: SourceRow): NormalisedRow {
  const clean = new RowCleaner(ref);
  // A row whose Vietnamese was encoded twice would publish "Ä‘Äƒng kÃ½" on a citizen's page.
  const garbled = garbledField(record);
  if (garbled) {
    return reject(
      ref,
      `«${garbled.field}» có chữ bị lỗi mã hóa («${garbled.text}»): tiếng Việt đã bị mã hóa UTF-8 hai lần. Xuất lại tệp từ nguồn, hoặc mở tệp bằng đúng bảng mã rồi lưu lại dạng UTF-8.`,
    );
  }

  const codeText = clean.line('code', record.code);
  if (!codeText) return reject(ref, 'Thiếu mã thủ tục.');
  const parsedCode = parseCode(codeText);
  if (!parsedCode) {
    return reject(ref, `Mã thủ tục «${codeText.slice(0, 40)}» không đúng dạng (cần ${CODE_FORMAT}).`);
  }
  const { code } = parsedCode;

  const name = clean.line('name', record.name);
  if (!name) return reject(ref, `Thiếu tên thủ tục (mã ${code}).`, code);
  if (looksLikeMarkup(name)) {
    clean.warn('markup', `tên có ký tự giống thẻ HTML; giữ nguyên dạng chữ, không hiểu là mã HTML.`);
  }

  const tiers = parseTiers(clean.line('tiers', record.tiers));
  for (const label of tiers.unknown) {
    clean.warn('unknown-tier', `không hiểu cấp thực hiện «${label}»; bỏ qua cấp này.`);
  }

  const agencies = splitAgencies(clean.paragraphs('agencies', record.agencies));
  const oddAgency = agencies.find((agency) => !looksLikeAgencyName(agency));
  if (oddAgency) {
    clean.warn(
      'odd-agency',
      `«Cơ quan thực hiện» có phần giống một đoạn văn hơn là tên cơ quan («${oddAgency.slice(0, 50)}…»); giữ nguyên, nên kiểm tra nguồn.`,
    );
  }
  const competentAuthority = clean.optional('competentAuthority', record.competentAuthority);
  const sameAsAgencies =
    competentAuthority !== undefined &&
    foldVietnamese(competentAuthority) === foldVietnamese(agencies.join(', '));

  const level = parseOnlineLevel(clean.line('onlineLevel', record.onlineLevel));
  if (level.invalid) {
    clean.warn('invalid-level', `mức độ «${level.invalid}» không hợp lệ (chỉ nhận 2, 3 hoặc 4); bỏ qua.`);
  }
  const mode = parseOnlineMode(clean.line('onlineMode', record.onlineMode));
  if (mode.invalid) {
    clean.warn('invalid-mode', `«${mode.invalid}» không phải «Toàn trình» hay «Một phần»; bỏ qua.`);
  }

  const field = clean.optional('field', distinctLines(record.field).join('; '));
  const localCode = clean.optional('localCode', record.localCode) ?? parsedCode.localCode;
  const decision = clean.optional('decision', record.decision);
  const procedureType = clean.optional('procedureType', record.procedureType);
  const sourceUrl = sourceUrlFrom(clean.line('sourceUrl', record.sourceUrl), clean);
  const details = record.sections ? readSections(record.sections, ref) : undefined;

  const candidate: Candidate = {
    ref,
    code,
    ...(localCode ? { localCode } : {}),
    name,
    ...(field ? { field } : {}),
    tiers: tiers.tiers,
    agencies,
    ...(competentAuthority && !sameAsAgencies ? { competentAuthority } : {}),
    issuingAgencies: splitAgencies(clean.paragraphs('issuingAgencies', record.issuingAgencies)),
    applicants: splitApplicants(clean.paragraphs('applicants', record.applicants)),
    methods: methodsFrom(record, clean),
    ...(decision ? { decision } : {}),
    ...(procedureType ? { procedureType } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(level.value ? { onlineLevel: level.value } : {}),
    ...(mode.value ? { onlineMode: mode.value } : {}),
    ...details?.sections,
  };
  return {
    candidate,
    warnings: [...clean.warnings, ...(details?.warnings ?? [])],
    ...(details ? { sections: details.tally } : {}),
  };
}

export interface NormalisedSources {
  candidates: Candidate[];
  rejected: Rejection[];
  warnings: Warning[];
  /** One tally per row that carried the detail page's sections. */
  sections: SectionTally[];
}

/** Every row of every source, normalised; the readers' own rejections and warnings carried along. */
export function normaliseSources(sources: readonly SourceFile[]): NormalisedSources {
  const result: NormalisedSources = { candidates: [], rejected: [], warnings: [], sections: [] };
  for (const source of sources) {
    result.rejected.push(...source.rejected);
    result.warnings.push(...source.warnings);
    for (const row of source.rows) {
      const { candidate, rejection, warnings, sections } = normaliseRow(row);
      result.warnings.push(...warnings);
      if (sections) result.sections.push(sections);
      if (candidate) result.candidates.push(candidate);
      if (rejection) result.rejected.push(rejection);
    }
  }
  return result;
}
