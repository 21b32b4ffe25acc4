import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate, isOverdue, toIsoDate } from '../../src/lib/format/date';
import { formatCount, formatPercent, formatVnd } from '../../src/lib/format/number';
import { byOrderThenTitle, newestFirst } from '../../src/lib/content/order';

describe('dates in Vietnamese', () => {
  const plan = new Date('2017-08-18');

  it('reads the way Vietnamese documents write them', () => {
    expect(formatLongDate(plan)).toBe('18 tháng 8, 2017');
    expect(formatShortDate(plan)).toBe('18/08/2017');
    expect(toIsoDate(plan)).toBe('2017-08-18');
  });

  it('uses the province’s calendar day whatever the build machine’s time zone', () => {
    // 20:00 UTC on 31 December is already 1 January in Việt Nam (UTC+7).
    expect(toIsoDate(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
  });

  it('knows when a review date has passed', () => {
    expect(isOverdue(new Date('2026-01-01'), new Date('2026-11-26'))).toBe(true);
    expect(isOverdue(new Date('2026-11-26'), new Date('2026-11-26'))).toBe(false);
  });
});

describe('numbers in Vietnamese', () => {
  it('group thousands with a dot and use a decimal comma', () => {
    expect(formatCount(1601)).toBe('1.601');
    expect(formatPercent(0.4523)).toBe('45,2%');
    expect(formatVnd(50000)).toBe('50.000 đồng');
  });
});

describe('list order', () => {
  const entry = (title: string, order?: number) => ({ data: { title, ...(order ? { order } : {}) } });

  it('puts numbered entries first, then the rest in Vietnamese alphabetical order', () => {
    const sorted = byOrderThenTitle([entry('Đăng ký'), entry('Bưu điện'), entry('Mức độ', 1), entry('Ăn')]);
    expect(sorted.map((e) => e.data.title)).toEqual(['Mức độ', 'Ăn', 'Bưu điện', 'Đăng ký']);
  });

  it('lists news newest first', () => {
    const item = (title: string, date: string) => ({ data: { title, date: new Date(date) } });
    const sorted = newestFirst([
      item('Cũ', '2017-02-28'),
      item('Mới', '2021-06-01'),
      item('Giữa', '2017-08-18'),
    ]);
    expect(sorted.map((e) => e.data.title)).toEqual(['Mới', 'Giữa', 'Cũ']);
  });
});

describe('a prefilled e-mail address', () => {
  it('fills in the subject and body of a mailto: address, and leaves any other address alone', async () => {
    const { prefilledMailto } = await import('../../src/lib/mailto');
    expect(prefilledMailto('mailto:bbt@example.vn', 'Báo sai sót: Khai sinh', 'Trang: https://x/thu-tuc/1.001193/\nMã thủ tục: 1.001193')).toBe(
      'mailto:bbt@example.vn?subject=B%C3%A1o%20sai%20s%C3%B3t%3A%20Khai%20sinh&body=Trang%3A%20https%3A%2F%2Fx%2Fthu-tuc%2F1.001193%2F%0AM%C3%A3%20th%E1%BB%A7%20t%E1%BB%A5c%3A%201.001193',
    );
    expect(prefilledMailto('https://example.vn/gop-y', 'a', 'b')).toBe('https://example.vn/gop-y');
  });
});
