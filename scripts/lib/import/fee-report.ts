/**
 * The report's lines about what procedures cost and whether they need a visit, by the same rules
 * the pages follow (src/lib/catalogue/fees.ts, presence.ts), so an operator sees after an import
 * which pages show a fee the fee cells did not, and can check them by hand.
 */
import { procedureFee, type FeeVerdict } from '../../../src/lib/catalogue/fees';
import { acceptsMethod } from '../../../src/lib/catalogue/methods';
import { presenceDuties } from '../../../src/lib/catalogue/presence';
import type { Catalogue, Procedure } from '../../../src/lib/catalogue/schema';
import { formatCount } from '../../../src/lib/format/number';

/** How many codes of each class the report names. */
const CODES_SHOWN = 10;

export type FeeClass = 'amount-found' | 'regulation-cited' | 'still-unclear' | 'confirmed-free';

const CLASS_WORDS: Record<FeeClass, string> = {
  'amount-found': 'ô phí ghi miễn phí hoặc để trống, phần mô tả nêu số tiền (trang ghi số tiền)',
  'regulation-cited': 'ô phí ghi miễn phí hoặc để trống, phần mô tả dẫn văn bản quy định mức thu (trang ghi “có thu phí, lệ phí”)',
  'still-unclear': 'có nhắc đến phí nhưng không rõ số tiền hay văn bản (trang ghi “có thu phí, lệ phí”)',
  'confirmed-free': 'phần mô tả cũng ghi miễn phí, không thu phí (trang ghi “Miễn phí”)',
};

/** No fee cell names an amount above zero: before the fee rule, the page said "Miễn phí" or nothing. */
function cellsSayNoFee(procedure: Procedure): boolean {
  return procedure.methods.every((method) => method.fee === undefined || method.fee.amountVnd === 0);
}

/** The class of a procedure whose page, by the rule, now shows something the fee cells did not. */
export function feeClass(procedure: Procedure, verdict: FeeVerdict): FeeClass | undefined {
  if (verdict.kind === 'free') return verdict.confirmed ? 'confirmed-free' : undefined;
  if (!cellsSayNoFee(procedure)) return undefined;
  if (verdict.kind === 'amounts') return 'amount-found';
  if (verdict.kind === 'see-note') return verdict.regulations.length > 0 ? 'regulation-cited' : 'still-unclear';
  return undefined;
}

function codes(list: readonly string[]): string {
  const shown = list.slice(0, CODES_SHOWN).join(', ');
  return list.length > CODES_SHOWN ? `${shown} … và ${formatCount(list.length - CODES_SHOWN)} mã khác` : shown;
}

export function feeLines(catalogue: Catalogue, today: string): string[] {
  const byClass = new Map<FeeClass, string[]>();
  const lapsed: string[] = [];
  const dollars: string[] = [];
  const contradictions: string[] = [];
  for (const procedure of catalogue.procedures) {
    const verdict = procedureFee(procedure.methods, today);
    const kind = feeClass(procedure, verdict);
    if (kind) byClass.set(kind, [...(byClass.get(kind) ?? []), procedure.code]);
    if (verdict.kind === 'amounts' || verdict.kind === 'see-note') {
      if (verdict.contradicts) contradictions.push(procedure.code);
    }
    if (verdict.kind === 'amounts') {
      const amounts = verdict.groups.flatMap((group) => group.amounts);
      if (amounts.some((amount) => amount.status === 'lapsed')) lapsed.push(procedure.code);
      if (amounts.some((amount) => amount.currency === 'USD')) dollars.push(procedure.code);
    }
  }
  const visits = catalogue.procedures.filter(
    (procedure) => acceptsMethod(procedure, 'buu-chinh') && presenceDuties(procedure).length > 0,
  );
  const lines = ['', `Phí, lệ phí (theo quy tắc chung của trang, tính đến ngày ${today}):`];
  for (const kind of ['amount-found', 'regulation-cited', 'still-unclear', 'confirmed-free'] as const) {
    const list = byClass.get(kind) ?? [];
    lines.push(`  ${CLASS_WORDS[kind]}: ${formatCount(list.length)}${list.length ? ` (${codes(list)})` : ''}`);
  }
  lines.push(
    `  ô phí ghi «Miễn phí» trái với phần mô tả (trang nói rõ điều này): ${formatCount(contradictions.length)}${contradictions.length ? ` (${codes(contradictions)})` : ''}`,
    `  có mức thu đã hết hạn (trang ghi “nay đã hết hạn”): ${formatCount(lapsed.length)}${lapsed.length ? ` (${codes(lapsed)})` : ''}`,
    `  có số tiền bằng đô la Mỹ: ${formatCount(dollars.length)}${dollars.length ? ` (${codes(dollars)})` : ''}`,
    `Nộp qua bưu điện nhưng dữ liệu ghi vẫn phải đến cơ quan (có mặt, ký, chụp ảnh…): ${formatCount(visits.length)}${visits.length ? ` (${codes(visits.map((p) => p.code))})` : ''}`,
  );
  return lines;
}
