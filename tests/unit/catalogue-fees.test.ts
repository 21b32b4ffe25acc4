/**
 * What a procedure costs: the facts the import reads from a method's fee cell and description, and
 * the one rule every page follows. The texts are the national data's own (codes in the names).
 */
import { describe, expect, it } from 'vitest';
import { readFeeFacts } from '../../src/lib/catalogue/fee-facts';
import { procedureFee, methodFee } from '../../src/lib/catalogue/fees';
import type { Method } from '../../src/lib/catalogue/schema';

const TODAY = '2026-12-06';

/** A method as the import writes it: its cell and description, and the facts read from both. */
function method(kind: Method['kind'], fee: string | undefined, description?: string): Method {
  const free = fee !== undefined && /^miễn phí$/i.test(fee);
  const facts = readFeeFacts(free ? '' : (fee ?? ''), description ?? '');
  return {
    kind,
    ...(fee ? { fee: free ? { text: fee, amountVnd: 0 } : { text: fee } } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(facts).length > 0 ? { feeFacts: facts } : {}),
  };
}

describe('reading fee facts', () => {
  it('reads each amount with what it is counted per and what it is for (3.000348)', () => {
    const facts = readFeeFacts(
      '(Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần. Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)',
    );
    expect(facts.amounts).toEqual([
      { amount: 135000, currency: 'VND', per: 'lần', label: 'Lệ phí cấp giấy phép lái xe' },
      expect.objectContaining({ amount: 115000, per: 'lần cấp', from: '2023-12-01', until: '2025-12-31' }),
    ]);
  });

  it('gives dates to the amount they sit with, not the one before (1.000828)', () => {
    const facts = readFeeFacts(
      '800,000 VNĐ((áp dụng mức phí 400.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC))',
    );
    expect(facts.amounts?.[0]).toEqual({ amount: 800000, currency: 'VND' });
    expect(facts.amounts?.[1]).toMatchObject({ amount: 400000, until: '2026-12-31' });
    expect(facts.regulations).toEqual(['Thông tư số 64/2025/TT-BTC']);
  });

  it('reads several amounts for different cases, each with its case', () => {
    const facts = readFeeFacts('(Lệ phí cấp mới 40.000đồng/lần; lệ phí cấp lại 20.000 đồng/lần.)');
    expect(facts.amounts?.map((a) => [a.amount, a.label])).toEqual([
      [40000, 'Lệ phí cấp mới'],
      [20000, 'lệ phí cấp lại'],
    ]);
  });

  it('takes no number without a currency for an amount, but knows a fee is named', () => {
    expect(readFeeFacts('Lệ phí: 50.000 theo quy định')).toEqual({ mentionsFee: true });
  });

  it('reads "0 đồng" as no amount, and a number in thousands ("50 VNĐ") as a fee of unknown amount', () => {
    expect(readFeeFacts('0 đồng').amounts).toBeUndefined();
    expect(readFeeFacts('50 VNĐ(hồ sơ)')).toEqual({ mentionsFee: true });
  });

  it('reads a fee in US dollars as it is written (1.003460)', () => {
    expect(readFeeFacts('145 USD(Thẻ tạm trú có thời hạn không quá 02 năm: 145 USD/thẻ.)').amounts).toEqual([
      { amount: 145, currency: 'USD', per: 'thẻ', label: 'Thẻ tạm trú có thời hạn không quá 02 năm' },
    ]);
  });

  it('knows a fee set by a regulation or a council, and a plain "no fee"', () => {
    expect(readFeeFacts('(Thực hiện theo Thông tư số 244/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu phí)')).toEqual({
      regulations: ['Thông tư số 244/2016/TT-BTC'],
      mentionsFee: true,
    });
    expect(readFeeFacts('(Mức lệ phí (nếu có) theo quy định của Hội đồng nhân dân cấp tỉnh.)').regulations).toEqual([
      'theo quy định của Hội đồng nhân dân cấp tỉnh',
    ]);
    expect(readFeeFacts('Không thu phí')).toEqual({ free: true });
  });

  it('does not take a regulation about something else, nor a cost, for a fee', () => {
    expect(readFeeFacts('07 ngày làm việc theo quy định của Thông tư 53/2025/TT-NHNN')).toEqual({});
    expect(readFeeFacts('Chi phí khác: theo Luật Giá')).toEqual({});
  });
});

describe('the one fee rule', () => {
  it('shows the amount, not "Miễn phí", when the cell says free and the description names a fee (3.000348)', () => {
    const description =
      '(Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần. Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)';
    const verdict = procedureFee([method('truc-tuyen', 'Miễn phí', description), method('truc-tiep', 'Miễn phí', description)], TODAY);
    expect(verdict).toMatchObject({ kind: 'amounts', contradicts: true, notes: [description.slice(1, -1)] });
    if (verdict.kind !== 'amounts') return;
    expect(verdict.groups).toHaveLength(1);
    expect(verdict.groups[0]?.methods).toBeUndefined();
    expect(verdict.groups[0]?.amounts.map((a) => [a.amount, a.status])).toEqual([
      [135000, 'current'],
      [115000, 'lapsed'],
    ]);
  });

  it('says a rate is current until its last day, lapsed after', () => {
    const m = method('truc-tuyen', undefined, 'áp dụng mức phí 25.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026');
    const statusOn = (day: string) => {
      const verdict = procedureFee([m], day);
      return verdict.kind === 'amounts' ? verdict.groups[0]?.amounts[0]?.status : verdict.kind;
    };
    expect([statusOn('2025-06-30'), statusOn('2026-12-31'), statusOn('2027-01-01')]).toEqual(['future', 'current', 'lapsed']);
  });

  it('names the way of submitting when amounts differ between ways (1.004222)', () => {
    const verdict = procedureFee(
      [
        method('truc-tuyen', undefined, '10,000 Việt Nam Đồng(Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 đồng/lần đăng ký.)'),
        method('truc-tiep', '20,000 VNĐ'),
        method('buu-chinh', 'Miễn phí'),
      ],
      TODAY,
    );
    expect(verdict.kind).toBe('amounts');
    if (verdict.kind !== 'amounts') return;
    expect(verdict.groups.map((g) => [g.methods, g.amounts.map((a) => a.amount), g.free ?? false])).toEqual([
      [['truc-tuyen'], [10000], false],
      [['truc-tiep'], [20000], false],
      [['buu-chinh'], [], true],
    ]);
  });

  it('sends the reader to the note when a fee is named without an amount (3.000333, 1.000894)', () => {
    const verdict = procedureFee(
      [method('truc-tuyen', 'Miễn phí', '(Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC.)')],
      TODAY,
    );
    // The record frees the registration and charges for a copy: no contradiction, but never "Miễn phí".
    expect(verdict).toMatchObject({ kind: 'see-note', regulations: ['Thông tư số 281/2016/TT-BTC'], contradicts: false, partlyFree: true });
    expect(
      procedureFee([method('truc-tuyen', 'Miễn phí', '(Thực hiện theo Thông tư số 244/2016/TT-BTC quy định mức thu phí cung cấp thông tin lý lịch tư pháp)')], TODAY),
    ).toMatchObject({ kind: 'see-note', contradicts: true, partlyFree: false });
  });

  it('says "Miễn phí" only when nothing names a fee, confirmed when a description says so too', () => {
    expect(procedureFee([method('truc-tuyen', 'Miễn phí', 'Nộp hồ sơ trực tuyến')], TODAY)).toEqual({ kind: 'free', confirmed: false });
    expect(procedureFee([method('truc-tuyen', 'Miễn phí', 'Không thu phí')], TODAY)).toEqual({ kind: 'free', confirmed: true });
    expect(procedureFee([method('truc-tuyen', undefined, 'Nộp tại bộ phận một cửa')], TODAY)).toEqual({ kind: 'unknown' });
  });

  it('keeps a fee the cell states in thousands as a fee, never as free (1.002079)', () => {
    expect(procedureFee([method('truc-tiep', '50 VNĐ(hồ sơ)')], TODAY)).toMatchObject({ kind: 'see-note' });
  });

  it('applies the same rule to one way of submitting', () => {
    const paid = method('truc-tiep', 'Miễn phí', 'Lệ phí: 100.000 đồng/lần');
    expect(methodFee(paid, TODAY).kind).toBe('amounts');
    expect(methodFee(method('truc-tuyen', 'Miễn phí'), TODAY).kind).toBe('free');
  });
});
