/**
 * Calendar dates as editors write them in front matter: 2025-07-01.
 *
 * YAML's own date type forgives impossible dates by rolling them over ("2026-13-01" becomes
 * 1 January 2027, "2026-02-30" becomes 2 March 2026), so a typing mistake would publish a wrong
 * date without a word. Front matter is therefore read with dates left as text
 * (./frontmatter.ts), and this is the one place that turns that text into a date, refusing any
 * day that is not on the calendar.
 */

/** What is wrong with a written date, for the editor's message. */
export type CalendarDateProblem =
  | { kind: 'format' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number; month: number; year: number; daysInMonth: number };

export type CalendarDateResult = { ok: true; date: Date } | { ok: false; problem: CalendarDateProblem };

const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "YYYY-MM-DD" (four-digit year, two-digit month and day, nothing else around it) as
 * midnight UTC of that day, the value YAML gives a correct date, so every page shows the same
 * day it did before dates were read as text.
 */
export function readCalendarDate(text: string): CalendarDateResult {
  const match = WRITTEN.exec(text.trim());
  if (!match) return { ok: false, problem: { kind: 'format' } };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'month', month } };
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { ok: false, problem: { kind: 'day', day, month, year, daysInMonth: lastDay } };
  }
  return { ok: true, date: new Date(Date.UTC(year, month - 1, day)) };
}
