/**
 * What a citizen needs to know before starting, condensed from a procedure's submission methods:
 * how long it takes and what it costs. A procedure lists time and fee per method (and sometimes
 * per sub-case), often with gaps; these summaries never claim more than the data says.
 */
import type { Method, ProcessingTime, TimeUnit } from './schema';

export type TimeSummary =
  | { kind: 'unknown' }
  /** Every method that states a time states the same one. */
  | { kind: 'same'; time: ProcessingTime }
  /** Times differ but share a unit: "from 3 to 15 working days". */
  | { kind: 'range'; min: number; max: number; unit: TimeUnit }
  /** Times differ in ways that do not reduce to a range: show the method table. */
  | { kind: 'varies' };

export function summariseTimes(methods: readonly Pick<Method, 'time'>[]): TimeSummary {
  const times = methods.flatMap((method) => (method.time ? [method.time] : []));
  const first = times[0];
  if (!first) return { kind: 'unknown' };
  if (times.every((time) => time.text === first.text)) return { kind: 'same', time: first };
  const unit = first.unit;
  const values = times.map((time) => time.value);
  if (unit && times.every((time) => time.unit === unit) && values.every((value) => value !== undefined)) {
    const numbers = values as number[];
    return { kind: 'range', min: Math.min(...numbers), max: Math.max(...numbers), unit };
  }
  return { kind: 'varies' };
}

export type FeeSummary =
  | { kind: 'unknown' }
  /** Every stated fee is zero. */
  | { kind: 'free' }
  /** Every stated fee is an amount in đồng above zero. */
  | { kind: 'amount'; min: number; max: number }
  /** Fees are stated but not all as one amount: show the method table. */
  | { kind: 'varies' };

export function summariseFees(methods: readonly Pick<Method, 'fee'>[]): FeeSummary {
  const fees = methods.flatMap((method) => (method.fee ? [method.fee] : []));
  if (fees.length === 0) return { kind: 'unknown' };
  if (fees.every((fee) => fee.amountVnd === 0)) return { kind: 'free' };
  const amounts = fees.map((fee) => fee.amountVnd);
  if (amounts.every((amount): amount is number => amount !== undefined && amount > 0)) {
    return { kind: 'amount', min: Math.min(...amounts), max: Math.max(...amounts) };
  }
  return { kind: 'varies' };
}
