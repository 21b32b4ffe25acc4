/**
 * How long a procedure takes, condensed from its submission methods. A procedure lists a time per
 * method (and sometimes per sub-case), often with gaps; the summary never claims more than the
 * data says. What it costs follows its own rule, in fees.ts.
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
