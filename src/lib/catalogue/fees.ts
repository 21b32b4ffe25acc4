/**
 * The one rule for what a procedure costs, wherever a page shows it ("Trước khi bắt đầu", the
 * methods table, life-event pages): "Miễn phí" only when no method's fee cell or description names
 * a fee. Otherwise the amounts found (per way of submitting when they differ), or, when a fee is
 * named without an amount (a regulation, "Mức lệ phí do Hội đồng nhân dân tỉnh quyết định"), that
 * there is a fee and where the source says more. Where the source contradicts itself (a fee cell
 * "Miễn phí" beside a description naming 135.000 đồng) the safer reading wins and the page says so.
 *
 * Dates: a rate "đến hết ngày 31/12/2025" is lapsed after that day, judged against the day given
 * (the build's day), never shown as current.
 */
import type { FeeAmount, FeeFacts, Method, MethodKind } from './schema';

type PricedMethod = Pick<Method, 'kind' | 'fee' | 'description' | 'feeFacts'>;

export type AmountStatus = 'current' | 'lapsed' | 'future';

export interface ShownAmount extends FeeAmount {
  status: AmountStatus;
}

/**
 * The amounts of one or more ways of submitting; `methods` is absent when every way has the same.
 * A way of submitting that is free, or names a fee without an amount, while others name amounts, is
 * a group of its own with no amounts.
 */
export interface AmountGroup {
  methods?: MethodKind[];
  /** Empty for a way that names a fee without an amount (see the note), or that is free. */
  amounts: ShownAmount[];
  /** The way's fee cell says "Miễn phí" and its description names no fee. */
  free?: true;
}

export type FeeVerdict =
  /** No method says anything about a fee. */
  | { kind: 'unknown' }
  /** Every stated fee is "Miễn phí" and nothing names a fee; `confirmed` when a description says so too. */
  | { kind: 'free'; confirmed: boolean }
  | { kind: 'amounts'; groups: AmountGroup[]; contradicts: boolean; notes: string[] }
  /**
   * A fee is named but no amount can be read: the page sends the reader to the source's note.
   * `partlyFree` when the same text also frees something ("Miễn lệ phí. Phí cấp bản sao … theo …").
   */
  | { kind: 'see-note'; regulations: string[]; contradicts: boolean; partlyFree: boolean; notes: string[] };

/** What a method's own texts say, with the fee cell's amount for data imported before fee facts. */
function factsOf(method: PricedMethod): FeeFacts {
  const facts = method.feeFacts ?? {};
  const cell = method.fee?.amountVnd;
  if (cell === undefined || cell === 0 || facts.amounts?.some((a) => a.currency === 'VND' && a.amount === cell)) {
    return facts;
  }
  return { ...facts, amounts: [{ amount: cell, currency: 'VND' }, ...(facts.amounts ?? [])] };
}

/** Whether the method's cell or description names a fee: an amount, a regulation or the word itself. */
export function namesFee(method: PricedMethod): boolean {
  const facts = factsOf(method);
  const cellCharges = method.fee !== undefined && method.fee.amountVnd !== 0;
  return cellCharges || Boolean(facts.amounts ?? facts.regulations ?? facts.mentionsFee);
}

/**
 * The source's fee cell says "Miễn phí" while its own description names a fee and does not say
 * that anything is free: the two cannot both be right.
 */
function cellContradicts(method: PricedMethod): boolean {
  return method.fee?.amountVnd === 0 && namesFee(method) && method.feeFacts?.free !== true;
}

/** "((Miễn lệ phí.))" → "Miễn lệ phí.": brackets around the whole text say nothing. */
function withoutOuterBrackets(text: string): string {
  let inner = text.trim();
  while (inner.startsWith('(') && inner.endsWith(')')) {
    const candidate = inner.slice(1, -1).trim();
    let depth = 0;
    for (const char of candidate) {
      if (char === '(') depth += 1;
      else if (char === ')' && (depth -= 1) < 0) return inner;
    }
    if (depth !== 0) return inner;
    inner = candidate;
  }
  return inner;
}

export function amountStatus(amount: Pick<FeeAmount, 'from' | 'until'>, today: string): AmountStatus {
  if (amount.until !== undefined && amount.until < today) return 'lapsed';
  if (amount.from !== undefined && amount.from > today) return 'future';
  return 'current';
}

function sameAmounts(a: readonly FeeAmount[], b: readonly FeeAmount[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The source's own words about the fee, each once: what a reader checks the page against. */
function notesOf(methods: readonly PricedMethod[]): string[] {
  const notes: string[] = [];
  for (const method of methods) {
    if (!namesFee(method)) continue;
    for (const text of [method.fee?.amountVnd === 0 ? undefined : method.fee?.text, method.description]) {
      const note = text && withoutOuterBrackets(text);
      if (note && !notes.includes(note)) notes.push(note);
    }
  }
  return notes;
}

function amountGroups(methods: readonly PricedMethod[], today: string): AmountGroup[] {
  const groups: { methods: MethodKind[]; amounts: FeeAmount[]; free: boolean }[] = [];
  const add = (kind: MethodKind, amounts: FeeAmount[], free: boolean) => {
    const same = groups.find((group) => group.free === free && sameAmounts(group.amounts, amounts));
    if (!same) groups.push({ methods: [kind], amounts, free });
    else if (!same.methods.includes(kind)) same.methods.push(kind);
  };
  for (const method of methods) {
    if (namesFee(method)) add(method.kind, factsOf(method).amounts ?? [], false);
    else if (method.fee?.amountVnd === 0) add(method.kind, [], true);
  }
  if (!groups.some((group) => group.amounts.length > 0)) return [];
  // Naming the ways tells amounts apart only when no way is in two groups (sub-cases of one way
  // are told apart by their labels).
  const kinds = groups.flatMap((group) => group.methods);
  const nameWays = groups.length > 1 && new Set(kinds).size === kinds.length;
  return groups.map((group) => ({
    ...(nameWays ? { methods: group.methods } : {}),
    amounts: group.amounts.map((amount) => ({ ...amount, status: amountStatus(amount, today) })),
    ...(group.free ? { free: true } : {}),
  }));
}

/** What the procedure costs, by the one rule, as of `today` (YYYY-MM-DD). */
export function procedureFee(methods: readonly PricedMethod[], today: string): FeeVerdict {
  const charging = methods.filter(namesFee);
  if (charging.length === 0) {
    const stated = methods.some((method) => method.fee !== undefined || method.feeFacts?.free);
    if (!stated) return { kind: 'unknown' };
    return { kind: 'free', confirmed: methods.some((method) => method.feeFacts?.free === true) };
  }
  const contradicts = methods.some(cellContradicts);
  const notes = notesOf(methods);
  const groups = amountGroups(methods, today);
  if (groups.length > 0) return { kind: 'amounts', groups, contradicts, notes };
  const regulations = [...new Set(charging.flatMap((method) => method.feeFacts?.regulations ?? []))];
  const partlyFree = charging.some((method) => method.feeFacts?.free === true);
  return { kind: 'see-note', regulations, contradicts, partlyFree, notes };
}

/** The same rule for one way of submitting: the methods table's fee column. */
export function methodFee(method: PricedMethod, today: string): FeeVerdict {
  return procedureFee([method], today);
}
