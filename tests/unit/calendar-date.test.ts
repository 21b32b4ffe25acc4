import { describe, expect, it } from 'vitest';
import { daysInMonth, readCalendarDate } from '../../src/lib/content/calendar-date';

describe('reading a date as the editor wrote it', () => {
  it('reads a real day as midnight UTC of that day', () => {
    expect(readCalendarDate('2025-07-01')).toEqual({ ok: true, date: new Date(Date.UTC(2025, 6, 1)) });
    expect(readCalendarDate(' 2024-02-29 ')).toEqual({ ok: true, date: new Date(Date.UTC(2024, 1, 29)) });
  });

  it('names the month or day that is not on the calendar, instead of rolling it over', () => {
    expect(readCalendarDate('2026-13-01')).toEqual({ ok: false, problem: { kind: 'month', month: 13 } });
    expect(readCalendarDate('2026-02-30')).toEqual({
      ok: false,
      problem: { kind: 'day', day: 30, month: 2, year: 2026, daysInMonth: 28 },
    });
    expect(readCalendarDate('2025-06-00')).toMatchObject({ ok: false, problem: { kind: 'day', day: 0 } });
  });

  it('accepts only the year-month-day form', () => {
    for (const text of ['01/07/2025', '2025-7-1', '2025-07-01T00:00', '20250701', '', 'ngày 1/7/2025']) {
      expect(readCalendarDate(text), text).toEqual({ ok: false, problem: { kind: 'format' } });
    }
  });

  it('knows the length of every month, leap years included', () => {
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
