/**
 * A procedure's time and document counts in the words shown on its page. The rules about what the
 * data says are in src/lib/catalogue (summary.ts), tested without the wording.
 */
import { formatCount } from '../lib/format/number';
import type { ProcessingTime } from '../lib/catalogue/schema';
import type { TimeSummary } from '../lib/catalogue/summary';
import { vi } from './vi';

const t = vi.catalogue;

/** "7 ngày làm việc"; the source's text when it has no number or no unit. */
export function describeTime(time: ProcessingTime): string {
  if (time.value !== undefined && time.unit) return `${formatCount(time.value)} ${t.units[time.unit]}`;
  if (time.value !== undefined) return t.unitMissing(time.text);
  return time.text;
}

export function describeTimeSummary(summary: TimeSummary): string {
  switch (summary.kind) {
    case 'same':
      return describeTime(summary.time);
    case 'range':
      return t.procedure.timeRange(formatCount(summary.min), formatCount(summary.max), t.units[summary.unit]);
    case 'varies':
      return t.procedure.timeVaries;
    case 'unknown':
      return t.procedure.unknownTime;
  }
}

const d = vi.procedurePage;

/** "1 bản chính và 1 bản sao", "1 bản sao", "2 bản chính"; undefined for a row that counts nothing. */
export function describeCount(originals: number, copies: number): string | undefined {
  if (originals > 0 && copies > 0) return d.bothCounts(d.originals(originals), d.copies(copies));
  if (originals > 0) return d.originals(originals);
  if (copies > 0) return d.copies(copies);
  return undefined;
}
