/**
 * The one fee rule (src/lib/catalogue/fees.ts) in words: what "Trước khi bắt đầu", the methods
 * table and the life-event pages say a procedure costs.
 */
import type { AmountGroup, FeeVerdict, ShownAmount } from '../lib/catalogue/fees';
import { formatCount } from '../lib/format/number';
import type { MethodKind } from '../lib/catalogue/constants';
import { catalogueText } from './catalogue';

const t = catalogueText.catalogue;
const f = t.procedure.fee;

/** "2025-12-31" → "31/12/2025", as Vietnamese documents write a date. */
function dayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
}

/** "135.000 đồng/lần", "145 USD/thẻ". */
export function describeAmount(amount: Pick<ShownAmount, 'amount' | 'currency' | 'per'>): string {
  const value = amount.currency === 'VND' ? `${formatCount(amount.amount)} đồng` : `${formatCount(amount.amount)} USD`;
  return amount.per ? `${value}/${amount.per}` : value;
}

/** When the rate applies, if the source dates it: "(mức này chỉ áp dụng đến hết ngày 31/12/2025, nay đã hết hạn)". */
export function describeValidity(amount: ShownAmount): string | undefined {
  if (amount.status === 'lapsed' && amount.until) return f.lapsed(dayMonthYear(amount.until));
  if (amount.status === 'future' && amount.from) return f.future(dayMonthYear(amount.from));
  if (amount.until) return f.until(dayMonthYear(amount.until));
  return undefined;
}

/**
 * A label longer than this is a whole condition, not a name ("Trường hợp … kể từ ngày … áp dụng mức
 * thu"): the line then gives the amount alone, and the source's words stay one tap away.
 */
const LONGEST_SHOWN_LABEL = 70;

/** One amount as a line: "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần (…)". */
export function describeShownAmount(amount: ShownAmount): string {
  const value = describeAmount(amount);
  const label = amount.label && amount.label.length <= LONGEST_SHOWN_LABEL && !amount.label.startsWith('…') ? amount.label : undefined;
  const line = label ? f.labelled(label, value) : value;
  const validity = describeValidity(amount);
  return validity ? `${line} (${validity})` : line;
}

function methodNames(methods: readonly MethodKind[]): string {
  return methods.map((kind) => t.methods[kind]).join(', ');
}

/** The lines a group of ways of submitting costs: each amount, or free, or "see the note". */
export function describeGroup(group: AmountGroup): string[] {
  const lines = group.free
    ? [f.freeShort]
    : group.amounts.length > 0
      ? group.amounts.map(describeShownAmount)
      : [f.seeNoteShort];
  if (!group.methods) return lines;
  const names = methodNames(group.methods);
  return lines.map((line) => f.byMethod(names, line));
}

/** Every amount of the verdict is lapsed: the source names no rate for today. */
export function onlyLapsedRates(verdict: FeeVerdict): boolean {
  if (verdict.kind !== 'amounts') return false;
  const amounts = verdict.groups.flatMap((group) => group.amounts);
  return amounts.length > 0 && amounts.every((amount) => amount.status === 'lapsed');
}

/** The verdict in one short line, for lists and life-event pages. */
export function describeFeeBrief(verdict: FeeVerdict): string {
  switch (verdict.kind) {
    case 'unknown':
      return t.procedure.unknownFee;
    case 'free':
      return t.procedure.free;
    case 'see-note':
      return verdict.partlyFree ? f.partlyFree : f.seeNote;
    case 'amounts':
      return verdict.groups.flatMap(describeGroup).join('; ');
  }
}
