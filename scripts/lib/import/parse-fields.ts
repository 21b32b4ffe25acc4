/**
 * Parsers for the values sources write in their own words: tiers, ways of submitting, processing
 * times, fees, online levels. Each returns `undefined` (or an empty list) when the text does not say
 * the thing for certain: the catalogue never guesses.
 */
import {
  PROCEDURE_CODE,
  PROCEDURE_CODE_PATTERN,
  TIERS,
  type Fee,
  type MethodKind,
  type OnlineLevel,
  type OnlineMode,
  type ProcessingTime,
  type Tier,
  type TimeUnit,
} from '../../../src/lib/catalogue/schema';
import { foldVietnamese } from '../../../src/lib/text/fold';
import { cleanLine, unique } from './text';

/** Folded text with punctuation turned into spaces: "Cấp Tỉnh." → "cap tinh". */
export function foldLabel(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// --- Codes ---------------------------------------------------------------------------------------

const CODE_WITH_LOCAL_SUFFIX = new RegExp(`^(${PROCEDURE_CODE_PATTERN})(\\.[0-9A-Za-z]+)+$`);

export interface ParsedCode {
  code: string;
  localCode?: string;
}

/**
 * The national code, and the province's variant when the source wrote that instead
 * ("1.001193.000.00.00.H58" → code 1.001193, localCode the whole). Undefined when malformed.
 */
export function parseCode(text: string): ParsedCode | undefined {
  const compact = text.replace(/\s+/g, '');
  if (PROCEDURE_CODE.test(compact)) return { code: compact };
  const local = CODE_WITH_LOCAL_SUFFIX.exec(compact);
  if (local?.[1]) return { code: local[1], localCode: compact };
  return undefined;
}

// --- Tiers ---------------------------------------------------------------------------------------

const TIER_LABELS: Record<string, Tier> = {
  'cap tinh': 'tinh',
  tinh: 'tinh',
  'cap xa': 'xa',
  xa: 'xa',
  'cap huyen': 'huyen',
  huyen: 'huyen',
  'cap bo': 'bo',
  bo: 'bo',
  'co quan khac': 'khac',
  khac: 'khac',
};

export interface ParsedTiers {
  tiers: Tier[];
  unknown: string[];
}

/** "Cấp bộ, Cấp tỉnh, Cấp xã" → ['tinh', 'xa', 'bo'] (TIERS order); labels it does not know are returned apart. */
export function parseTiers(text: string): ParsedTiers {
  const labels = text
    .split(/[,;\n]/)
    .map((label) => cleanLine(label).text)
    .filter(Boolean);
  const found = new Set<Tier>();
  const unknown: string[] = [];
  for (const label of labels) {
    const tier = TIER_LABELS[foldLabel(label)];
    if (tier) found.add(tier);
    else unknown.push(label);
  }
  return { tiers: TIERS.filter((tier) => found.has(tier)), unknown };
}

/** Tier ids for `--tiers`: undefined when one of them is not a tier. */
export function parseTierList(text: string): Tier[] | undefined {
  const ids = text.split(',').map((id) => id.trim());
  if (ids.some((id) => !(TIERS as readonly string[]).includes(id))) return undefined;
  return TIERS.filter((tier) => ids.includes(tier));
}

// --- Ways of submitting ---------------------------------------------------------------------------

const METHOD_LABELS: Record<string, MethodKind> = {
  'truc tiep': 'truc-tiep',
  'nop truc tiep': 'truc-tiep',
  'truc tuyen': 'truc-tuyen',
  'nop truc tuyen': 'truc-tuyen',
  'buu chinh': 'buu-chinh',
  'dich vu buu chinh': 'buu-chinh',
  'qua buu chinh': 'buu-chinh',
  'buu chinh cong ich': 'buu-chinh',
};

export function parseMethodKind(text: string): MethodKind | undefined {
  return METHOD_LABELS[foldLabel(text)];
}

/** "Trực tiếp, Trực tuyến" (a list's column of kinds) → the kinds it names, and the labels it does not know. */
export function parseMethodKinds(text: string): { kinds: MethodKind[]; unknown: string[] } {
  const labels = text
    .split(/[,;\n]/)
    .map((label) => cleanLine(label).text)
    .filter(Boolean);
  const kinds: MethodKind[] = [];
  const unknown: string[] = [];
  for (const label of labels) {
    const kind = parseMethodKind(label);
    if (kind) kinds.push(kind);
    else unknown.push(label);
  }
  return { kinds: unique(kinds), unknown };
}

// --- Processing time -----------------------------------------------------------------------------

const TIME_UNITS: Record<string, TimeUnit> = {
  'ngay lam viec': 'ngay-lam-viec',
  ngay: 'ngay',
  gio: 'gio',
  thang: 'thang',
  nam: 'nam',
};

/** A whole number, or a decimal with a comma or point and one or two decimals ("1,5"); never "120,000". */
const TIME_VALUE = /^(\d+(?:[.,]\d{1,2})?)(?:\s+(.+))?$/;

/**
 * "7 Ngày làm việc" → {value 7, unit ngay-lam-viec, text}; "5" → {value 5, text} (no unit given);
 * "Theo quy định" → {text}. Empty text → undefined.
 */
export function parseProcessingTime(text: string): ProcessingTime | undefined {
  const cleaned = cleanLine(text).text;
  if (!cleaned) return undefined;
  const match = TIME_VALUE.exec(foldVietnamese(cleaned));
  if (!match?.[1]) return { text: cleaned };
  const unit = match[2] === undefined ? undefined : TIME_UNITS[foldLabel(match[2])];
  if (match[2] !== undefined && !unit) return { text: cleaned };
  const value = Number(match[1].replace(',', '.'));
  return {
    ...(value > 0 ? { value } : {}),
    ...(unit ? { unit } : {}),
    text: cleaned,
  };
}

// --- Fees ----------------------------------------------------------------------------------------

const FREE_OF_CHARGE =
  /^(mien phi|mien le phi|mien phi le phi|khong thu phi|khong thu phi le phi|khong co phi)$/;
const FOREIGN_CURRENCY = /(?<![a-z])(usd|eur|do la my)(?![a-z])|\$/;
/** A number (grouped in thousands or plain, not part of a longer number) followed by a đồng unit. */
const VND_AMOUNT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(trieu dong|trieu|vnd|dong|d)(?![a-z0-9])/g;

/**
 * The national data sometimes writes a fee in thousands ("50 VNĐ (50.000đ/giấy thông hành)"), so an
 * amount under 1.000 đồng is not trusted: the text is kept, the amount is not given.
 */
const SMALLEST_TRUSTED_AMOUNT = 1000;

function vndAmounts(folded: string): number[] {
  return [...folded.matchAll(VND_AMOUNT)].map((match) => {
    const digits = Number((match[1] ?? '').replace(/[.,]/g, ''));
    return match[2]?.startsWith('trieu') ? digits * 1_000_000 : digits;
  });
}

/**
 * "Miễn phí" → amount 0; "50.000 VNĐ (đồng/lần)" → 50000; a text naming two different amounts, a
 * foreign currency, or no amount → the text alone. Empty text → undefined.
 */
export function parseFee(text: string): Fee | undefined {
  const cleaned = cleanLine(text).text;
  if (!cleaned) return undefined;
  const folded = foldVietnamese(cleaned);
  if (FREE_OF_CHARGE.test(foldLabel(cleaned))) return { text: cleaned, amountVnd: 0 };
  if (FOREIGN_CURRENCY.test(folded)) return { text: cleaned };
  const amounts = unique(vndAmounts(folded));
  const [amount] = amounts;
  if (amounts.length !== 1 || amount === undefined) return { text: cleaned };
  if (amount !== 0 && amount < SMALLEST_TRUSTED_AMOUNT) return { text: cleaned };
  return { text: cleaned, amountVnd: amount };
}

/**
 * The detail data's method table was reassembled from page text; where that went wrong the fee ran
 * into the time ("120" + "VNĐ(20.000 vnđ /tờ khai)" for "1" day and "20 VNĐ"). The sign: the
 * description starts with a currency. The time is then not a time.
 */
export function timeAndFeeRunTogether(description: string): boolean {
  return /^(vnd|usd|dong)\b/.test(foldVietnamese(description));
}

// --- Online level and mode ----------------------------------------------------------------------

const NOT_STATED = /^(|chua cap nhat|khong co|khong|n a|na)$/;

export type Parsed<T> = { value?: T; invalid?: string };

/** "3", "Mức độ 3", "Mức 4" → 3 / 4; empty or "Chưa cập nhật" → nothing; anything else is invalid. */
export function parseOnlineLevel(text: string): Parsed<OnlineLevel> {
  const cleaned = cleanLine(text).text;
  const label = foldLabel(cleaned);
  if (NOT_STATED.test(label)) return {};
  const match = /^(?:muc do |muc )?([234])$/.exec(label);
  if (!match?.[1]) return { invalid: cleaned };
  return { value: Number(match[1]) as OnlineLevel };
}

/** "Toàn trình" / "Một phần" (also "DVC trực tuyến toàn trình"); empty → nothing; else invalid. */
export function parseOnlineMode(text: string): Parsed<OnlineMode> {
  const cleaned = cleanLine(text).text;
  const label = foldLabel(cleaned);
  if (NOT_STATED.test(label)) return {};
  const whole = /\btoan trinh\b/.test(label);
  const part = /\bmot phan\b/.test(label);
  if (whole === part) return { invalid: cleaned };
  return { value: whole ? 'toan-trinh' : 'mot-phan' };
}
