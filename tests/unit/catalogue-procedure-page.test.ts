/** The pure rules behind a procedure page's sections: groups, counts in words, steps, places, JSON-LD. */
import { describe, expect, it } from 'vitest';
import { describeCount } from '../../src/i18n/describe-procedure';
import {
  countByCase,
  countToBring,
  documentGroups,
  isNote,
  nameIsForm,
  splitByCase,
} from '../../src/lib/catalogue/documents';
import { governmentServiceJsonLd } from '../../src/lib/catalogue/json-ld';
import { namesOtherProvince } from '../../src/lib/catalogue/place';
import { isLongText, stepsLayout } from '../../src/lib/catalogue/steps';
import { aProcedure } from '../support/procedure';

const doc = (name: string, originals = 1, copies = 0, group?: string) => ({
  name,
  originals,
  copies,
  ...(group ? { group } : {}),
});

describe('documents as a checklist', () => {
  it('are grouped by consecutive headings, in the source order, groups of notes only last', () => {
    const groups = documentGroups([
      doc('Tờ khai', 1, 0, 'Giấy tờ phải nộp'),
      doc('Giấy chứng sinh', 1, 0, 'Giấy tờ phải nộp'),
      doc('Hộ chiếu', 1, 0, 'Giấy tờ phải xuất trình'),
      doc('Ghi chú chung', 0, 0, 'Lưu ý'),
      doc('Giấy ủy quyền', 1, 0, 'Giấy tờ phải nộp'),
      doc('Tờ khai theo mẫu', 1, 0),
    ]);
    expect(groups.map((g) => [g.heading, g.documents.length])).toEqual([
      ['Giấy tờ phải nộp', 2],
      ['Giấy tờ phải xuất trình', 1],
      ['Giấy tờ phải nộp', 1],
      [undefined, 1],
      ['Lưu ý', 1],
    ]);
  });

  it('put the rows for everyone first, then those for some cases, each in the source order (1.001193)', () => {
    const rows = [
      doc('Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi.'),
      doc('Văn bản ủy quyền (được chứng thực) trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh.'),
      doc('Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy.', 0, 0),
      doc('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng.'),
      doc('Nếu là người nước ngoài: hộ chiếu'),
      doc('Đối với người dưới 14 tuổi: tờ khai do cha mẹ khai'),
      doc('Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu nộp hồ sơ trực tiếp)'),
    ];
    const { everyone, someCases } = splitByCase(rows);
    expect(everyone.map((d) => d.name.slice(0, 15))).toEqual(['Giấy chứng sinh', 'Tờ khai đăng ký']);
    expect(someCases).toHaveLength(5);
    expect(countByCase(rows)).toEqual({ everyone: 2, someCases: 4 });
  });

  it('say each count in words; a row counting nothing is a note, not something to bring', () => {
    expect(describeCount(1, 1)).toBe('1 bản chính và 1 bản sao');
    expect(describeCount(0, 1)).toBe('1 bản sao');
    expect(describeCount(2, 0)).toBe('2 bản chính');
    expect(describeCount(0, 0)).toBeUndefined();
    expect(isNote(doc('… thì không phải nộp bản giấy.', 0, 0))).toBe(true);
    expect(countToBring([doc('A'), doc('B', 0, 0), doc('C', 0, 3)])).toBe(2);
  });

  it('know a row named only by its form file', () => {
    expect(nameIsForm({ ...doc('Mẫu số 04'), forms: ['Mẫu số 04.docx'] })).toBe(true);
    expect(nameIsForm({ ...doc('Tờ khai'), forms: ['Mẫu số 04.docx'] })).toBe(false);
  });
});

describe('steps', () => {
  it('are an ordered list when the source numbers them, lines after a step staying with it', () => {
    expect(
      stepsLayout(['Chuẩn bị trước:', 'Bước 1: Nộp hồ sơ', '- tại bộ phận một cửa', 'Bước 2: Nhận kết quả']),
    ).toEqual({
      kind: 'numbered',
      intro: ['Chuẩn bị trước:'],
      steps: [
        { lead: 'Bước 1: Nộp hồ sơ', details: ['- tại bộ phận một cửa'] },
        { lead: 'Bước 2: Nhận kết quả', details: [] },
      ],
    });
  });

  it('are paragraphs otherwise ("- " lines, plain lines, a single "Bước")', () => {
    expect(stepsLayout(['- Nộp hồ sơ', '- Nhận kết quả']).kind).toBe('paragraphs');
    expect(stepsLayout(['Bước 1: Nộp hồ sơ và nhận kết quả']).kind).toBe('paragraphs');
  });

  it('fold away when long', () => {
    expect(isLongText(['x'.repeat(1_500)])).toBe(false);
    expect(isLongText(['x'.repeat(1_000), 'y'.repeat(501)])).toBe(true);
  });
});

describe('where to submit', () => {
  it('is not shown when it names another province', () => {
    expect(
      namesOtherProvince(
        'Trung tâm Phục vụ hành chính công tỉnh (số 02, đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh)',
        ['Tiền Giang', 'Đồng Tháp'],
      ),
    ).toBe(true);
    expect(
      namesOtherProvince('Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố trực thuộc Trung ương', [
        'Tiền Giang',
      ]),
    ).toBe(false);
    expect(namesOtherProvince('Sở Tư pháp tỉnh Tiền Giang', ['Tiền Giang'])).toBe(false);
  });

  it('is shown when it names the province this one now belongs to', () => {
    const own = ['Tiền Giang', 'Đồng Tháp'];
    expect(namesOtherProvince('Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp', own)).toBe(false);
    expect(namesOtherProvince('Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp', ['Tiền Giang'])).toBe(true);
  });
});

describe('JSON-LD', () => {
  const context = {
    pageUrl: 'http://localhost:4321/thu-tuc/1.001193/',
    areaServed: 'Tiền Giang',
    methodNames: { 'truc-tuyen': 'Trực tuyến', 'buu-chinh': 'Bưu chính', 'truc-tiep': 'Trực tiếp' },
  };

  it('says what the service gives (serviceOutput)', () => {
    const data = governmentServiceJsonLd(
      aProcedure({ result: [{ name: 'Giấy khai sinh', resultCode: 'KQ.G15.000031' }] }),
      context,
    );
    expect(data['serviceOutput']).toEqual([
      { '@type': 'Thing', name: 'Giấy khai sinh', identifier: 'KQ.G15.000031' },
    ]);
  });

  it('names an outside address only when the page may link to it', () => {
    const procedure = aProcedure({ sourceUrl: 'https://example.org/x', methods: [{ kind: 'truc-tuyen' }] });
    expect(governmentServiceJsonLd(procedure, context)).not.toHaveProperty('sameAs');
    const official = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x';
    expect(governmentServiceJsonLd(procedure, { ...context, officialPage: official })).toMatchObject({
      sameAs: official,
      availableChannel: [{ serviceUrl: official }],
    });
  });
});
