import { describe, expect, it } from 'vitest';
import { describeFeeSummary, describeTime, describeTimeSummary } from '../../src/lib/catalogue/describe';
import { summariseFees, summariseTimes } from '../../src/lib/catalogue/summary';
import type { Method } from '../../src/lib/catalogue/schema';

const method = (extra: Partial<Method>): Method => ({ kind: 'truc-tiep', ...extra });

describe('processing time summary', () => {
  it('says the time when every method states the same one', () => {
    const summary = summariseTimes([
      method({ time: { value: 7, unit: 'ngay-lam-viec', text: '7 Ngày làm việc' } }),
      method({ kind: 'truc-tuyen', time: { value: 7, unit: 'ngay-lam-viec', text: '7 Ngày làm việc' } }),
    ]);
    expect(describeTimeSummary(summary)).toBe('7 ngày làm việc');
  });

  it('gives a range when times differ in the same unit', () => {
    const summary = summariseTimes([
      method({ time: { value: 15, unit: 'ngay', text: '15 Ngày' } }),
      method({ time: { value: 3, unit: 'ngay', text: '3 Ngày' } }),
    ]);
    expect(describeTimeSummary(summary)).toBe('Từ 3 đến 15 ngày');
  });

  it('points to the table when units differ, and admits when no time is stated', () => {
    expect(
      summariseTimes([
        method({ time: { value: 2, unit: 'gio', text: '2 Giờ' } }),
        method({ time: { value: 1, unit: 'ngay', text: '1 Ngày' } }),
      ]),
    ).toEqual({ kind: 'varies' });
    expect(describeTimeSummary(summariseTimes([method({})]))).toMatch(/không ghi thời gian/);
  });

  it('never invents a unit the source did not give', () => {
    expect(describeTime({ value: 1, text: '1' })).toBe('1 (dữ liệu không ghi đơn vị)');
  });
});

describe('fee summary', () => {
  it('is free only when every stated fee is zero', () => {
    expect(
      describeFeeSummary(summariseFees([method({ fee: { text: 'Miễn phí', amountVnd: 0 } }), method({})])),
    ).toBe('Miễn phí');
    expect(
      summariseFees([
        method({ fee: { text: 'Miễn phí', amountVnd: 0 } }),
        method({ fee: { text: '20 USD' } }),
      ]),
    ).toEqual({ kind: 'varies' });
  });

  it('states amounts in đồng, or a range', () => {
    expect(
      describeFeeSummary(summariseFees([method({ fee: { text: '50.000 VNĐ', amountVnd: 50000 } })])),
    ).toBe('50.000 đồng');
    expect(
      describeFeeSummary(
        summariseFees([
          method({ fee: { text: '50.000 VNĐ', amountVnd: 50000 } }),
          method({ fee: { text: '100.000 VNĐ', amountVnd: 100000 } }),
        ]),
      ),
    ).toBe('Từ 50.000 đồng đến 100.000 đồng');
  });

  it('admits when no fee is stated instead of calling it free', () => {
    expect(describeFeeSummary(summariseFees([method({})]))).toMatch(/không ghi phí/);
  });
});
