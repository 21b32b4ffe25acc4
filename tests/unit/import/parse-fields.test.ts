import { describe, expect, it } from 'vitest';
import {
  parseCode,
  parseFee,
  parseMethodKind,
  parseOnlineLevel,
  parseOnlineMode,
  parseProcessingTime,
  parseTierList,
  parseTiers,
  timeAndFeeRunTogether,
} from '../../../scripts/lib/import/parse-fields';
import { cleanLine, cleanParagraphs } from '../../../scripts/lib/import/text';
import { splitAgencies, splitApplicants } from '../../../scripts/lib/import/split-lists';

describe('procedure codes', () => {
  it('accept the national form and split a province’s local variant into code and local code', () => {
    expect(parseCode(' 1.001193 ')).toEqual({ code: '1.001193' });
    expect(parseCode('1.001193.000.00.00.H58')).toEqual({
      code: '1.001193',
      localCode: '1.001193.000.00.00.H58',
    });
  });

  it('refuse anything else rather than guess', () => {
    for (const bad of ['1.00119', '1001193', 'T-TGI-123456-TT', '1.001193x', '', '12.001193']) {
      expect(parseCode(bad), bad).toBeUndefined();
    }
  });
});

describe('tiers', () => {
  it('read the national database’s comma lists in the schema’s order', () => {
    expect(parseTiers('Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác')).toEqual({
      tiers: ['tinh', 'xa', 'bo', 'khac'],
      unknown: [],
    });
    expect(parseTiers('Cấp Xã')).toEqual({ tiers: ['xa'], unknown: [] });
  });

  it('return labels they do not know, so the operator is told', () => {
    expect(parseTiers('Cấp tỉnh, Cấp thôn')).toEqual({ tiers: ['tinh'], unknown: ['Cấp thôn'] });
  });

  it('check the --tiers option', () => {
    expect(parseTierList('xa,tinh')).toEqual(['tinh', 'xa']);
    expect(parseTierList('tinh,province')).toBeUndefined();
  });
});

describe('processing time', () => {
  it('keeps value, unit and the source’s words', () => {
    expect(parseProcessingTime('7 Ngày làm việc')).toEqual({
      value: 7,
      unit: 'ngay-lam-viec',
      text: '7 Ngày làm việc',
    });
    expect(parseProcessingTime('15 Ngày')).toEqual({ value: 15, unit: 'ngay', text: '15 Ngày' });
    expect(parseProcessingTime('2 Giờ')).toEqual({ value: 2, unit: 'gio', text: '2 Giờ' });
    expect(parseProcessingTime('1 Tháng')).toEqual({ value: 1, unit: 'thang', text: '1 Tháng' });
    expect(parseProcessingTime('0,5 ngày làm việc')).toEqual({
      value: 0.5,
      unit: 'ngay-lam-viec',
      text: '0,5 ngày làm việc',
    });
  });

  it('gives no unit when the source gives none, and nothing at all for an empty cell', () => {
    expect(parseProcessingTime('5')).toEqual({ value: 5, text: '5' });
    expect(parseProcessingTime('')).toBeUndefined();
    expect(parseProcessingTime('   ')).toBeUndefined();
  });

  it('keeps text it cannot read as text only', () => {
    expect(parseProcessingTime('Theo quy định')).toEqual({ text: 'Theo quy định' });
    expect(parseProcessingTime('120,000')).toEqual({ text: '120,000' });
    expect(parseProcessingTime('0')).toEqual({ text: '0' });
    expect(parseProcessingTime('3 tuần')).toEqual({ text: '3 tuần' });
  });
});

describe('fees', () => {
  it('read "Miễn phí" as free of charge', () => {
    expect(parseFee('Miễn phí')).toEqual({ text: 'Miễn phí', amountVnd: 0 });
  });

  it('give an amount only when the text states exactly one amount in đồng', () => {
    expect(parseFee('50.000 VNĐ(đồng/lần)')).toEqual({ text: '50.000 VNĐ(đồng/lần)', amountVnd: 50000 });
    expect(parseFee('6,000,000 VNĐ(đồng/lần)')?.amountVnd).toBe(6_000_000);
    expect(parseFee('100,000 VNĐ(Phí Thẩm tra, thẩm định: 100.000 đồng/lần)')?.amountVnd).toBe(100_000);
    expect(
      parseFee(
        '2,000,000 VNĐ(* Theo Thông tư 25/2022/TT-BTC ngày 28/4/2022. + 02 triệu đồng/Giấy chứng nhận.)',
      )?.amountVnd,
    ).toBe(2_000_000);
  });

  it('give no amount for foreign currency, two different amounts, or amounts written in thousands', () => {
    expect(parseFee('20 USD(20 USD/lần)')).toEqual({ text: '20 USD(20 USD/lần)' });
    expect(parseFee('50 VNĐ(Phí hải quan 50USD/chuyến bay)')).toEqual({
      text: '50 VNĐ(Phí hải quan 50USD/chuyến bay)',
    });
    const reduced =
      '800,000 VNĐ((áp dụng mức phí 400.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026))';
    expect(parseFee(reduced)).toEqual({ text: reduced });
    expect(parseFee('50 VNĐ(50.000đ/giấy thông hành)')).toEqual({ text: '50 VNĐ(50.000đ/giấy thông hành)' });
    expect(parseFee('180 VNĐ')).toEqual({ text: '180 VNĐ' });
    expect(parseFee('Theo quy định của Bộ Tài chính')).toEqual({ text: 'Theo quy định của Bộ Tài chính' });
  });

  it('gives nothing for an empty cell', () => {
    expect(parseFee('')).toBeUndefined();
  });
});

describe('a fee that ran into the time in the source', () => {
  it('is recognised by a description that starts with a currency', () => {
    expect(timeAndFeeRunTogether('VNĐ(20.000 vnđ /tờ khai)')).toBe(true);
    expect(timeAndFeeRunTogether('VNĐ')).toBe(true);
    expect(timeAndFeeRunTogether('Nộp trực tiếp tại trụ sở Công an cấp xã')).toBe(false);
  });
});

describe('ways of submitting', () => {
  it('read the labels the sources use', () => {
    expect(parseMethodKind('Trực tuyến')).toBe('truc-tuyen');
    expect(parseMethodKind('Bưu chính')).toBe('buu-chinh');
    expect(parseMethodKind('Dịch vụ bưu chính')).toBe('buu-chinh');
    expect(parseMethodKind('Trực tiếp')).toBe('truc-tiep');
    expect(parseMethodKind('Fax')).toBeUndefined();
  });
});

describe('online level and mode', () => {
  it('are read only from what the column says', () => {
    expect(parseOnlineLevel('3')).toEqual({ value: 3 });
    expect(parseOnlineLevel('Mức độ 4')).toEqual({ value: 4 });
    expect(parseOnlineLevel('')).toEqual({});
    expect(parseOnlineLevel('Chưa cập nhật')).toEqual({});
    expect(parseOnlineLevel('1')).toEqual({ invalid: '1' });
    expect(parseOnlineMode('Toàn trình')).toEqual({ value: 'toan-trinh' });
    expect(parseOnlineMode('DVC trực tuyến một phần')).toEqual({ value: 'mot-phan' });
    expect(parseOnlineMode('Có')).toEqual({ invalid: 'Có' });
  });
});

describe('agencies and applicants', () => {
  it('split agencies on lines, and on commas only where a new agency starts', () => {
    expect(splitAgencies('Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp\n')).toEqual([
      'Chủ tịch ủy ban nhân dân cấp tỉnh',
      'Sở Tư Pháp',
    ]);
    expect(splitAgencies('Sở Xây dựng, Uỷ ban Nhân dân cấp xã, phường, thị trấn')).toEqual([
      'Sở Xây dựng',
      'Uỷ ban Nhân dân cấp xã, phường, thị trấn',
    ]);
    expect(splitAgencies('Bộ Công an, Bộ Văn hóa, Thể thao và Du lịch, Sở Xây dựng')).toEqual([
      'Bộ Công an',
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Sở Xây dựng',
    ]);
    expect(splitAgencies('Cục Thuế - Bộ tài chính, Thuế tỉnh, thành phố, Thuế cơ sở')).toEqual([
      'Cục Thuế - Bộ tài chính',
      'Thuế tỉnh, thành phố',
      'Thuế cơ sở',
    ]);
  });

  it('keep applicants whose names hold commas in brackets or lower case', () => {
    expect(
      splitApplicants(
        'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Cán bộ, công chức, viên chức',
      ),
    ).toEqual([
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
      'Công dân Việt Nam',
      'Cán bộ, công chức, viên chức',
    ]);
  });
});

describe('text cleaning', () => {
  it('normalises to NFC and collapses spaces and line breaks in one-line text', () => {
    const decomposed = 'Thủ tục  đăng ký \n khai sinh'.normalize('NFD');
    expect(cleanLine(decomposed)).toEqual({ text: 'Thủ tục đăng ký khai sinh', removedControls: 0 });
  });

  it('removes control characters and counts them, keeping markup as plain text', () => {
    expect(cleanLine('Cấp\u0000 giấy\u200B <b>phép</b>\u202E')).toEqual({
      text: 'Cấp giấy <b>phép</b>',
      removedControls: 3,
    });
  });

  it('keeps paragraphs in descriptions', () => {
    expect(cleanParagraphs('Nộp tại\r\n\r\n\r\n  Chi cục   Hải quan  ').text).toBe(
      'Nộp tại\n\nChi cục Hải quan',
    );
  });
});
