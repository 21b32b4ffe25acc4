/**
 * Dates shown to readers. The province's time zone is fixed so a page built on a machine in
 * another zone never shows the day before.
 */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const longDate = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: TIME_ZONE });
const shortDate = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

/** "18 tháng 8, 2017": for running text and page metadata. */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** "18/08/2017": the form Vietnamese documents use, for tables and lists. */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

// en-CA formats as YYYY-MM-DD, the ISO calendar date.
const isoDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

/** "2017-08-18": the machine-readable value for `<time datetime>`. */
export function toIsoDate(date: Date): string {
  return isoDate.format(date);
}

/** Whether a review-by date has passed on `today`, comparing calendar days in the province. */
export function isOverdue(reviewBy: Date, today: Date = new Date()): boolean {
  return toIsoDate(reviewBy) < toIsoDate(today);
}
