/**
 * What a procedure's own words say about money. The national data's fee cell often says "Miễn
 * phí" while the method's description beside it names the real fee ("Lệ phí cấp giấy phép lái
 * xe: 135.000 đồng/lần"), cites the regulation that sets one ("Thông tư số 244/2016/TT-BTC"), or
 * confirms there is none ("Miễn lệ phí"). The import reads both texts with `readFeeFacts` and keeps
 * what it finds beside the method; `fees.ts` decides what a page shows.
 *
 * Pure and conservative: an amount needs a currency word next to it ("50.000" alone is not an
 * amount, only a mention of a fee), and nothing here is rounded, converted or guessed.
 */
import { stripMarks } from '../text/fold';
import type { FeeAmount, FeeCurrency, FeeFacts } from './schema';

export type { FeeAmount, FeeFacts };

/** A label longer than this is cut at a word, from its start: the words nearest the amount matter most. */
const LONGEST_LABEL = 120;

/**
 * The national data sometimes writes a fee in thousands ("50 VNĐ" for 50.000 đồng), so an amount in
 * đồng under this is not trusted as an amount: it still tells that a fee is charged.
 */
export const SMALLEST_TRUSTED_VND = 1000;

// Patterns run on marks-stripped lower-case text, which has the same length as the source, so an
// index found in one is an index in the other.
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+)`;
/**
 * "135.000 đồng", "20.000 VNĐ", "100.000đ", "4.000 đ/giấy", "2 triệu đồng", "10 USD", and "800,000 Việt Nam
 * Đồng" even when the export glued the next word to it ("… Việt Nam ĐồngPhí: …").
 */
const AMOUNT = new RegExp(
  String.raw`(?<![\d.,/])${NUMBER}(?:\s*(viet nam dong)|\s*(trieu dong|trieu|nghin dong|ngan dong|vnd|dong|usd|do la my)(?![a-z0-9])|(d)(?![a-z0-9])| (d)(?=\s?\/))`,
  'g',
);
/** What follows an amount's unit: "/lần", " /tờ khai", "/01 lần cấp". */
const PER = /^\s*\/\s*([^.;,()\n]{1,40}?)\s*(?=[.;,()\n]|$)/;
/** "Thông tư số 244/2016/TT-BTC", "Nghị quyết 12/2024/NQ-HĐND", "Thông tư liên tịch số 1/2015/TTLT-…". */
const REGULATION =
  /(?:thong tu lien tich|thong tu|nghi quyet|nghi dinh|quyet dinh)(?: so)? ?\d+\/\d{4}\/([a-z0-9-]*[a-z][a-z0-9-]*)/g;
/** A fee set by a body without a number: "theo quy định của Hội đồng nhân dân cấp tỉnh", "do Hội đồng nhân dân tỉnh … quyết định". */
const REGULATION_BY_BODY =
  /(?:theo (?:quy dinh|quyet dinh)(?: cu the)? cua|do) (?:hoi dong nhan dan|hdnd)(?: cap)? tinh|theo quy dinh(?: cu the)? cua bo tai chinh/g;
/** Numbers of regulations that set fees: the Ministry of Finance's circulars, provincial councils' resolutions. */
const FEE_REGULATION_NUMBER = /btc|hdnd/;
const FREE =
  /\b(?:mien phi|mien le phi|mien phi, le phi|mien thu le phi|mien thu phi|khong thu phi|khong thu le phi|khong mat phi|khong phai nop (?:phi|le phi))\b/;
const FREE_ALL = new RegExp(FREE.source, 'g');
/**
 * "phí", "lệ phí", but not "chi phí" (a cost, not a fee) nor "cước phí" (postage). Matched with its
 * tone mark: folded, "phí" is "phi", the "non-" of "phi thương mại".
 */
const FEE_WORD = /(?<![\p{L}])(?<!chi |cước )phí(?![\p{L}])/u;
/** "đến hết ngày 31/12/2025", "đến ngày 31/12/2025": the last day a rate applies. */
const UNTIL = /den (?:het )?(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})/;
/** "(kể) từ ngày 01/7/2025": the first day. */
const FROM = /tu (?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})/;

function isoDate(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined;
  const [, day, month, year] = match;
  const d = Number(day);
  const m = Number(month);
  if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function amountValue(digits: string, unit: string): number {
  const value = Number(digits.replace(/[.,]/g, ''));
  if (unit.startsWith('trieu')) return value * 1_000_000;
  if (unit.startsWith('ngan') || unit.startsWith('nghin')) return value * 1000;
  return value;
}

/** A full stop between two digits ("135.000", "31.12") is part of a number, not the end of a sentence. */
function isNumberDot(folded: string, i: number): boolean {
  return /\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? '');
}

/** Where the clause holding `index` starts: after the last sentence end or opening bracket before it. */
function clauseStart(folded: string, from: number, index: number): number {
  for (let i = index - 1; i >= from; i -= 1) {
    const char = folded[i];
    if (char === ';' || char === '(' || char === ')' || char === '\n' || (char === '.' && !isNumberDot(folded, i))) {
      return i + 1;
    }
  }
  return from;
}

/** Where the clause after `index` ends: the next sentence end, or the bracket that closes around it. */
function clauseEnd(folded: string, index: number, to: number): number {
  let depth = 0;
  for (let i = index; i < to; i += 1) {
    const char = folded[i];
    if (char === '(') depth += 1;
    else if (char === ')') {
      if (depth === 0) return i;
      depth -= 1;
    } else if (char === ';' || char === '\n' || (char === '.' && !isNumberDot(folded, i))) return i;
  }
  return to;
}

/** The words before an amount in its clause, without list markers and the link words that lead into it. */
function labelBefore(text: string, start: number, end: number): string | undefined {
  let label = text
    .slice(start, end)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/[^,;:]*[,;:]\s*/u, '')
    .replace(/^(?:[-+*•–:]\s*)+/u, '')
    .replace(/\s*(?::|là|bằng|thu|,|-|–)\s*$/iu, '')
    .trim();
  if (label.length > LONGEST_LABEL) {
    const cut = label.slice(label.length - LONGEST_LABEL);
    label = `…${cut.slice(cut.indexOf(' ') + 1)}`;
  }
  return label.length >= 3 ? label : undefined;
}

interface FoundAmounts {
  amounts: FeeAmount[];
  /** An amount in đồng too small to trust was named: a fee is charged, its amount unknown. */
  untrusted: boolean;
}

function readAmounts(text: string, folded: string): FoundAmounts {
  const matches = [...folded.matchAll(AMOUNT)];
  const amounts: FeeAmount[] = [];
  let untrusted = false;
  matches.forEach((match, index) => {
    const unit = match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    const value = amountValue(match[1] ?? '', unit);
    const currency: FeeCurrency = unit === 'usd' || unit === 'do la my' ? 'USD' : 'VND';
    if (!(value > 0)) return;
    if (currency === 'VND' && value < SMALLEST_TRUSTED_VND) {
      untrusted = true;
      return;
    }
    const previous = matches[index - 1];
    const next = matches[index + 1];
    const end = match.index + match[0].length;
    // Dates and words between two amounts belong to the nearer one: "800.000 đồng (áp dụng mức phí
    // 400.000 đồng … đến hết ngày 31/12/2026)" dates the second, not the first.
    const start = clauseStart(folded, previous ? previous.index + previous[0].length : 0, match.index);
    const stop = clauseEnd(folded, end, next ? next.index : folded.length);
    const around = folded.slice(start, stop);
    const per = PER.exec(text.slice(end, stop))?.[1]?.trim();
    const label = labelBefore(text, start, match.index);
    const from = isoDate(FROM.exec(around));
    const until = isoDate(UNTIL.exec(around));
    amounts.push({
      amount: value,
      currency,
      ...(per ? { per } : {}),
      ...(label ? { label } : {}),
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
    });
  });
  return { amounts, untrusted };
}

/** The regulations the text cites for a fee, in the source's own spelling. */
function readRegulations(text: string, folded: string): string[] {
  const found: string[] = [];
  for (const match of folded.matchAll(REGULATION)) {
    const aboutFees =
      FEE_REGULATION_NUMBER.test(match[1] ?? '') ||
      FEE_WORD.test(
        text.toLowerCase().slice(clauseStart(folded, 0, match.index), clauseEnd(folded, match.index, folded.length)),
      );
    if (aboutFees) found.push(text.slice(match.index, match.index + match[0].length).replace(/\s+/g, ' '));
  }
  for (const match of folded.matchAll(REGULATION_BY_BODY)) {
    found.push(text.slice(match.index, match.index + match[0].length).replace(/\s+/g, ' '));
  }
  return found;
}

/** Whether the text speaks of a fee once every "no fee" phrase is taken out. */
function mentionsFee(text: string, folded: string): boolean {
  // The folded text has the source's length: blank out its "no fee" phrases in the source itself.
  let lower = text.toLowerCase();
  for (const match of folded.matchAll(FREE_ALL)) {
    lower = lower.slice(0, match.index) + ' '.repeat(match[0].length) + lower.slice(match.index + match[0].length);
  }
  return FEE_WORD.test(lower);
}

function sameAmount(a: FeeAmount, b: FeeAmount): boolean {
  return a.amount === b.amount && a.currency === b.currency && a.from === b.from && a.until === b.until;
}

/**
 * Every fee fact in the texts given (a method's fee cell and its description), each amount and
 * regulation once. Empty when the texts say nothing about money.
 */
export function readFeeFacts(...texts: string[]): FeeFacts {
  const amounts: FeeAmount[] = [];
  const regulations: string[] = [];
  let free = false;
  let mentions = false;
  for (const text of texts) {
    const folded = stripMarks(text.normalize('NFC')).toLowerCase();
    const found = readAmounts(text.normalize('NFC'), folded);
    for (const amount of found.amounts) {
      const same = amounts.find((known) => sameAmount(known, amount));
      // The fee cell's "70,000 VNĐ" and the description's "70.000 đồng/Giấy chứng nhận" are one fee.
      if (!same) amounts.push(amount);
      else if (!same.per && amount.per) Object.assign(same, { per: amount.per, ...(amount.label ? { label: amount.label } : {}) });
    }
    for (const regulation of readRegulations(text.normalize('NFC'), folded)) {
      if (!regulations.some((known) => stripMarks(known).toLowerCase() === stripMarks(regulation).toLowerCase())) {
        regulations.push(regulation);
      }
    }
    free ||= FREE.test(folded);
    mentions ||= found.untrusted || mentionsFee(text.normalize('NFC'), folded);
  }
  return {
    ...(amounts.length > 0 ? { amounts } : {}),
    ...(regulations.length > 0 ? { regulations } : {}),
    ...(free ? { free: true as const } : {}),
    ...(mentions ? { mentionsFee: true as const } : {}),
  };
}

/** Whether the facts hold anything at all. */
export function hasFeeFacts(facts: FeeFacts): boolean {
  return Object.keys(facts).length > 0;
}
