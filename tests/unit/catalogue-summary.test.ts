import { describe, expect, it } from 'vitest';
import { describeAmount, describeFeeBrief } from '../../src/i18n/describe-fee';
import { describeTime, describeTimeSummary } from '../../src/i18n/describe-procedure';
import { procedureFee } from '../../src/lib/catalogue/fees';
import { summariseTimes } from '../../src/lib/catalogue/summary';
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
    expect(describeTimeSummary(summariseTimes([method({})]))).toMatch(/Chưa có thông tin về thời gian/);
  });

  it('never invents a unit the source did not give', () => {
    expect(describeTime({ value: 1, text: '1' })).toBe('Nguồn chỉ ghi con số 1, không ghi là ngày hay giờ');
  });
});

describe('fee in words', () => {
  const TODAY = '2026-12-06';

  it('says "Miễn phí" only for a free verdict, and admits when no fee is stated', () => {
    expect(describeFeeBrief(procedureFee([method({ fee: { text: 'Miễn phí', amountVnd: 0 } })], TODAY))).toBe('Miễn phí');
    expect(describeFeeBrief(procedureFee([method({})], TODAY))).toMatch(/Chưa có thông tin về phí/);
  });

  it('states each amount with its label, its unit and, for a lapsed rate, that it has lapsed', () => {
    const paid = method({
      fee: { text: 'Miễn phí', amountVnd: 0 },
      feeFacts: {
        amounts: [
          { amount: 135000, currency: 'VND', per: 'lần', label: 'Lệ phí cấp giấy phép lái xe' },
          { amount: 115000, currency: 'VND', per: 'lần cấp', until: '2025-12-31' },
        ],
      },
    });
    expect(describeFeeBrief(procedureFee([paid], TODAY))).toBe(
      'Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần; 115.000 đồng/lần cấp (mức này chỉ áp dụng đến hết ngày 31/12/2025, nay đã hết hạn)',
    );
    expect(describeFeeBrief(procedureFee([paid], TODAY))).not.toContain('Miễn phí');
  });

  it('names the way of submitting when the amounts differ', () => {
    const verdict = procedureFee(
      [
        method({ kind: 'truc-tuyen', feeFacts: { amounts: [{ amount: 10000, currency: 'VND' }] } }),
        method({ kind: 'truc-tiep', fee: { text: '20,000 VNĐ', amountVnd: 20000 } }),
      ],
      TODAY,
    );
    expect(describeFeeBrief(verdict)).toBe('Trực tuyến: 10.000 đồng; Trực tiếp: 20.000 đồng');
  });

  it('points to the note when a fee is named without an amount, and writes dollars as dollars', () => {
    expect(describeFeeBrief(procedureFee([method({ feeFacts: { regulations: ['Thông tư số 244/2016/TT-BTC'] } })], TODAY))).toBe(
      'Có thu phí, lệ phí: xem ghi chú',
    );
    expect(describeAmount({ amount: 145, currency: 'USD', per: 'thẻ' })).toBe('145 USD/thẻ');
  });
});
