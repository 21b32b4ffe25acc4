/**
 * The detail page's other sections: steps, result, legal basis, conditions, from snippets cut from
 * the national data, and what "says nothing" means.
 */
import { describe, expect, it } from 'vitest';
import { saysNone, saysNothing } from '../../../scripts/lib/import/sections/absent';
import { LEGAL_BASIS_HEADER, parseLegalBasis } from '../../../scripts/lib/import/sections/legal-basis';
import { parseResult } from '../../../scripts/lib/import/sections/result';
import { parseSteps } from '../../../scripts/lib/import/sections/steps';
import { snippet } from '../../support/sections';

describe('steps', () => {
  it('keep one entry per line, in order, text as the source has it', () => {
    const steps = parseSteps(snippet('steps-numbered')).value ?? [];
    expect(steps).toHaveLength(4);
    expect(steps[1]).toBe(
      'Bước 2: Công dân nộp hồ sơ tại địa điểm theo thông báo của Công an các đơn vị, địa phương.',
    );
  });

  it('never repair garbled source text (1.001193: "…nộp hồ sơ đăng ký khai tâm Phục vụ…")', () => {
    const [first] = parseSteps(snippet('steps-bullets')).value ?? [];
    expect(first).toContain('nộp hồ sơ đăng ký khai tâm Phục vụ hành chính công có thẩm quyền');
  });

  it('keep 25,000 characters whole, and drop empty lines', () => {
    const long = `Bước 1: ${'Nộp hồ sơ tại Trung tâm Phục vụ hành chính công. '.repeat(520)}`.trim();
    expect(long.length).toBeGreaterThan(25_000);
    expect(parseSteps(`${long}\n\n\nBước 2: Nhận kết quả.`).value).toEqual([long, 'Bước 2: Nhận kết quả.']);
  });
});

describe('result', () => {
  it('keeps the code apart from the name (1.001193)', () => {
    expect(parseResult(snippet('result-one')).value).toEqual([
      { name: 'Giấy khai sinh', resultCode: 'KQ.G15.000031' },
    ]);
  });

  it('gives one entry per result when the source glues several together', () => {
    expect(parseResult(snippet('result-two')).value).toEqual([
      {
        name: 'Quyết định về việc hưởng chế độ trợ cấp hàng tháng (Mẫu số 05A)',
        resultCode: 'KQ.G01.000105',
      },
      { name: 'Quyết định về việc hưởng chế độ trợ cấp một lần (Mẫu số 05B)', resultCode: 'KQ.G01.000106' },
    ]);
  });

  it('keeps placeholder codes in small letters apart too, so names stay clean (1.014966)', () => {
    expect(parseResult(snippet('result-placeholder-code')).value?.map((r) => r.name)).toEqual([
      'Quyết định cấp lại chứng chỉ hành nghề Quản tài viên',
      'Chứng chỉ hành nghề Quản tài viên',
    ]);
  });

  it('keeps a result without a code, and warns about a code without a name', () => {
    expect(parseResult('Giấy phép xây dựng').value).toEqual([{ name: 'Giấy phép xây dựng' }]);
    const { value, warnings } = parseResult('Mã: KQ.G01.000001Giấy phépMã: KQ.G01.000002');
    expect(value).toEqual([{ name: 'Giấy phép', resultCode: 'KQ.G01.000002' }]);
    expect(warnings[0]?.message).toContain('«KQ.G01.000001»');
  });
});

describe('legal basis', () => {
  it('splits each title from its number (1.001193)', () => {
    const entries = parseLegalBasis(snippet('legal-basis')).value ?? [];
    expect(entries.map((entry) => entry.number)).toEqual([
      '85/2019/TT-BTC',
      '104/2022/NĐ-CP',
      '123/2015/NĐ-CP',
      '08/2025/TT-BTP',
      '18/2026/NĐ-CP',
      '87/2020/NĐ-CP',
      '04/2024/TT-BTP',
      '03/2023/TT-BTP',
      '106/2021/TT-BTC',
      '04/2020/TT-BTP',
      '07/2025/NĐ-CP',
      '120/2025/NĐ-CP',
      '66.7/2025/NQ-CP',
      '60/2014/QH13',
      '01/2022/TT-BTP',
    ]);
    expect(entries).toContainEqual({ title: 'Luật 60/2014/QH13', number: '60/2014/QH13' });
    expect(entries).toContainEqual({
      title:
        'Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
      number: '85/2019/TT-BTC',
    });
    // The number cell "Thông tư số 03/2023/TT-BTP" names the kind too: the kind is not left on the title.
    expect(entries).toContainEqual({
      title: 'Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp',
      number: '03/2023/TT-BTP',
    });
    expect(entries).toContainEqual({
      title:
        'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu',
      number: '66.7/2025/NQ-CP',
    });
  });

  it('reads the number the title ends with, a year glued to it, and titles in capitals', () => {
    const entries = parseLegalBasis(snippet('legal-basis-glued-year')).value ?? [];
    expect(entries).toContainEqual({ title: 'Luật 51/2019/QH14', number: '51/2019/QH14' });
    expect(entries[0]).toMatchObject({
      title: expect.stringMatching(/sửa đổi 2023$/),
      number: '23/2023/QH15',
    });
    expect(entries).toContainEqual({
      title:
        'QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG PHÍ, LỆ PHÍ TRONG LĨNH VỰC XUẤT CẢNH, NHẬP CẢNH, QUÁ CẢNH, CƯ TRÚ TẠI VIỆT NAM',
      number: '25/2021/TT-BTC',
    });
  });

  it('never splits "QĐ-TTg" (the Prime Minister, in small letters)', () => {
    const entries = parseLegalBasis(snippet('legal-basis-ttg')).value ?? [];
    expect(entries.map((entry) => entry.number)).toEqual([
      '290/2005/QĐ-TTg',
      '191/2005/TTLT/BQP-BLĐTBXH-BTC',
    ]);
  });

  it('keeps the title whole and leaves the number out where they cannot be told apart', () => {
    // "…12/QĐ-UBND" + "13/2024/QĐ-UBND"? or "…12/QĐ-UBND1" + "3/2024/QĐ-UBND"? The title does not say.
    const { value, warnings } = parseLegalBasis(`${LEGAL_BASIS_HEADER}Quyết định 12/QĐ-UBND13/2024/QĐ-UBND`);
    expect(value).toEqual([{ title: 'Quyết định 12/QĐ-UBND13/2024/QĐ-UBND' }]);
    expect(warnings.map((w) => w.kind)).toEqual(['legal-basis-no-number']);
    const unsplittable = parseLegalBasis(snippet('legal-basis-unsplittable')).value ?? [];
    // 1.014257: a law's number and a decree glued with no title between them.
    expect(unsplittable).toContainEqual({
      title: 'Luật Địa chất và Khoáng sản54/2024/QH15193/2025/NĐ-CP193/2025/NĐ-CP',
    });
  });

  it('keeps a document with no number as a title alone', () => {
    expect(parseLegalBasis(`${LEGAL_BASIS_HEADER}Luật Hộ tịch60/2014/QH13Hiến pháp năm 2013`).value).toEqual([
      { title: 'Luật Hộ tịch', number: '60/2014/QH13' },
      { title: 'Hiến pháp năm 2013' },
    ]);
  });

  it('says nothing for "Không có thông tin" with another section glued to it, with a warning', () => {
    const { outcome, warnings } = parseLegalBasis(snippet('legal-basis-glued-section'));
    expect(outcome).toBe('absent');
    expect(warnings[0]?.message).toContain('Không có thông tin');
  });
});

describe('saying nothing', () => {
  it('is empty text, "Không có thông tin" or punctuation only', () => {
    expect(['', '  ', '--', 'Không có thông tin', 'không có thông tin.'].every(saysNothing)).toBe(true);
    expect(['Không', 'Giấy khai sinh', '1'].some(saysNothing)).toBe(false);
  });

  it('differs from conditions that say there are none', () => {
    // Compared without marks, as everywhere in the import: the source's typo "Khồng" is "Không".
    expect(
      [snippet('conditions-none'), 'Không', 'không có', 'Không quy định.', 'Khồng'].every(saysNone),
    ).toBe(true);
    expect(['Không được nộp thay', 'có', 'Không có tiền án'].some(saysNone)).toBe(false);
  });
});
