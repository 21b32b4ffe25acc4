/**
 * Reading the documents table (thành phần hồ sơ) out of the flattened page text: every shape the
 * national data has, from snippets cut from it, and the bad input the issue lists.
 */
import { describe, expect, it } from 'vitest';
import { countWordsIn, findCountCells } from '../../../scripts/lib/import/sections/count-cells';
import { DOCUMENTS_HEADER, parseDocuments } from '../../../scripts/lib/import/sections/documents';
import { splitForms } from '../../../scripts/lib/import/sections/forms';
import { snippet } from '../../support/sections';

const table = (...rows: string[]) => `--${DOCUMENTS_HEADER}${rows.join('')}`;

describe('a documents table', () => {
  it('gives every row, in order, with its counts and the heading of its part (1.001193)', () => {
    const { value, outcome, warnings } = parseDocuments(snippet('sections-with-headings'));
    expect(outcome).toBe('structured');
    expect(warnings).toEqual([]);
    const documents = value?.documents ?? [];
    expect(documents).toHaveLength(33);
    expect(documents[0]).toEqual({
      name: 'Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.',
      originals: 1,
      copies: 0,
      group: 'Giấy tờ phải nộp',
    });
    expect(documents.find((d) => d.name.startsWith('Giấy chứng sinh'))).toMatchObject({
      originals: 1,
      group: 'Giấy tờ phải nộp',
    });
    // "…không phải nộp bản giấy.0 bản chính": a row counting nothing is still a row.
    expect(documents[2]).toMatchObject({ originals: 0, copies: 0 });
    expect([...new Set(documents.map((d) => d.group))]).toEqual([
      'Giấy tờ phải nộp',
      'Giấy tờ phải xuất trình',
      'Lưu ý',
      undefined,
    ]);
  });

  it('reads both counts and the form file, with no heading ("--")', () => {
    expect(parseDocuments(snippet('one-table-with-forms')).value?.documents).toEqual([
      {
        name: 'bản chính văn bản đề nghị phục hồi hoạt động (Mẫu số PC15 ban hành kèm theo Nghị định số 50/2024/NĐ-CP ngày 10/05/2024 của Chính phủ)',
        originals: 1,
        copies: 1,
        forms: ['PC15.docx'],
      },
    ]);
  });

  it('reads "1 bản sao" alone as no original and one copy', () => {
    expect(parseDocuments(table('Bản sao giấy khai sinh1 bản sao')).value?.documents).toEqual([
      { name: 'Bản sao giấy khai sinh', originals: 0, copies: 1 },
    ]);
  });

  it('keeps count words that are part of a name in the name', () => {
    const documents = parseDocuments(snippet('count-words-in-a-name')).value?.documents ?? [];
    const customs = documents.find((d) => d.name.includes('nộp 02 bản chính tờ khai'));
    expect(customs?.name).toMatch(/nộp 02 bản chính tờ khai hàng hóa/);
    const first = parseDocuments(snippet('row-starting-with-count-words')).value?.documents?.[0];
    expect(first?.name).toMatch(/^01 bản sao có chứng thực giấy tờ/);
  });

  it('leaves the digits of a form number or a date in the name, the last one is the count', () => {
    const documents = parseDocuments(snippet('count-glued-to-form-number')).value?.documents ?? [];
    expect(documents.map((d) => d.name)).toContain(
      'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18',
    );
    const glued = '…ngày 01/01/20261 bản chính,1 bản sao';
    const [cell] = findCountCells(glued);
    expect(glued.slice(0, cell?.start)).toBe('…ngày 01/01/2026');
    expect(cell).toMatchObject({ end: glued.length, originals: 1, copies: 1 });
  });

  it('splits form files from the name, several when they are glued together', () => {
    const documents = parseDocuments(snippet('two-forms-glued')).value?.documents ?? [];
    expect(documents.find((d) => d.forms?.length === 2)?.forms).toEqual([
      'Phlcs04Thngt01.docx',
      'Phlcs05Thngt01.docx',
    ]);
    expect(
      splitForms(
        'Tờ khai theo Mẫu số 34 Phụ lục II ban hành kèm theo Thông tư số 07/2026/TT-BNNMTMẫu số 34.docx',
      ),
    ).toEqual({
      name: 'Tờ khai theo Mẫu số 34 Phụ lục II ban hành kèm theo Thông tư số 07/2026/TT-BNNMT',
      forms: ['Mẫu số 34.docx'],
    });
    // The name keeps its own punctuation; the dots inside "Mẫu I.1.4" are not where the file starts.
    expect(splitForms('Văn bản đề nghị;Mẫu I.1.4.docx')).toEqual({
      name: 'Văn bản đề nghị;',
      forms: ['Mẫu I.1.4.docx'],
    });
    expect(splitForms('Mẫu Mau 04.docx (1).doc').forms).toEqual(['Mẫu Mau 04.docx (1).doc']);
  });

  it.each([
    // A lower-case file name glued to the name's last word: two syllables that are no one word.
    ['Bản chính Văn bản đề nghị theo quy địnhvăn bản đề nghị.docx', 'Bản chính Văn bản đề nghị theo quy định', 'văn bản đề nghị.docx'],
    ['Đơn đề nghị theo mẫu quy địnhvăn bản đề nghị (thay đổi về nội dung).docx', 'Đơn đề nghị theo mẫu quy định', 'văn bản đề nghị (thay đổi về nội dung).docx'],
    // A form number in lower case, with spaces and brackets in the file name.
    ['Đơn đề nghị kèm theo ảnh màu có nền màu trắngmau so 12 (1).doc', 'Đơn đề nghị kèm theo ảnh màu có nền màu trắng', 'mau so 12 (1).doc'],
    ['Đơn theo Mẫu số 20 ban hành kèm theo Thông tư số 07/2026/TT-BNNMTmau 20.docx', 'Đơn theo Mẫu số 20 ban hành kèm theo Thông tư số 07/2026/TT-BNNMT', 'mau 20.docx'],
    // After a closing bracket, a closing quote, a sentence's stop, an abbreviation.
    ['Phương án ứng cứu (hàng nguy hiểm)phương án tổ chức loại 1,2,3.docx', 'Phương án ứng cứu (hàng nguy hiểm)', 'phương án tổ chức loại 1,2,3.docx'],
    ['Bãi bỏ cụm từ “Địa chỉ thường trú”Phụ lục Đơn thanh toán .doc', 'Bãi bỏ cụm từ “Địa chỉ thường trú”', 'Phụ lục Đơn thanh toán .doc'],
    ['Tờ khai do cha, mẹ khai và ký tên.m01a.pdf', 'Tờ khai do cha, mẹ khai và ký tên.', 'm01a.pdf'],
    ['Giấy tờ sửa chữa nhà ở.TT05 Mauso07 GIAYTO.docx', 'Giấy tờ sửa chữa nhà ở.', 'TT05 Mauso07 GIAYTO.docx'],
    ['Danh mục theo Nghị định số 06/2021/NĐ-CPDanhmuchosohoanthanh.docx', 'Danh mục theo Nghị định số 06/2021/NĐ-CP', 'Danhmuchosohoanthanh.docx'],
    ['Tờ khai theo Thông tư số 21/2026/TT-BTC05 TNDN.docx', 'Tờ khai theo Thông tư số 21/2026/TT-BTC', '05 TNDN.docx'],
    ['Gia hạn theo Hiệp định GMSGMS - Gia hạn.docx', 'Gia hạn theo Hiệp định GMS', 'GMS - Gia hạn.docx'],
    ['Báo cáo (bản chính)~$ụ lục 12.10.docx', 'Báo cáo (bản chính)', '~$ụ lục 12.10.docx'],
  ])('splits the form file off "%s"', (text, name, form) => {
    expect(splitForms(text)).toEqual({ name, forms: [form] });
  });

  it('keeps a name whole, marked, when the start of its file name cannot be told', () => {
    expect(splitForms('Giấy đề nghị theo mẫuquydinh.docx')).toEqual({
      name: 'Giấy đề nghị theo mẫuquydinh.docx',
      forms: [],
      unsplit: true,
    });
    const { value, warnings } = parseDocuments(table('Giấy đề nghị theo mẫuquydinh.docx1 bản chính'));
    expect(value?.documents).toHaveLength(1);
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'documents-form-unsplit', message: expect.stringMatching(/^bảng 1, dòng 1: /) }),
    ]);
  });

  it('keeps a long form file name whole, never widening it into the name', () => {
    const long = `Mẫu đơn đề nghị ĐĂNG KÝ PHƯƠNG TIỆN VUI CHƠI GIẢI TRÍ DƯỚI NƯỚC (dùng cho phương tiện đăng ký lại) (1).docx`;
    expect(splitForms(`Đơn đề nghị theo Mẫu;${long}`)).toEqual({
      name: 'Đơn đề nghị theo Mẫu;',
      forms: [long],
    });
  });

  it('keeps text without a table header whole, as text (2.002338)', () => {
    const text = snippet('text-without-header');
    expect(parseDocuments(text)).toEqual({ value: { documentsText: text }, outcome: 'text', warnings: [] });
  });

  it('says nothing for "--", empty text or "Không có thông tin"', () => {
    for (const text of [snippet('dash-only'), '', 'Không có thông tin', '  ']) {
      expect(parseDocuments(text)).toEqual({ outcome: 'absent', warnings: [] });
    }
  });
});

describe('a documents table with bad input', () => {
  it('says nothing, with a warning, for a table with no rows after its header', () => {
    const { outcome, warnings } = parseDocuments(`--${DOCUMENTS_HEADER}`);
    expect(outcome).toBe('absent');
    expect(warnings.map((w) => w.kind)).toEqual(['documents-empty-table']);
  });

  it('keeps the heading of a table with no rows as a note, with a warning (3.000120)', () => {
    const { value, warnings } = parseDocuments(snippet('table-without-rows'));
    expect(value?.documentsText).toBe('Trường hợp hồ sơ không được gửi trên môi trường điện tử');
    expect(warnings.map((w) => w.kind)).toEqual(['documents-empty-table']);
    expect(warnings[0]?.message).toContain('bảng 1');
  });

  it('keeps a note after the last row, with a warning (1.009645)', () => {
    const { value, warnings } = parseDocuments(snippet('text-after-last-row'));
    expect(value?.documentsText).toMatch(/^\(Trường hợp khai thác, sử dụng được thông tin/);
    expect(warnings.map((w) => w.kind)).toEqual(['documents-outside-rows']);
  });

  it('skips a count cell with no name, with a warning naming the table and row (6.006595)', () => {
    const { value, warnings } = parseDocuments(snippet('counts-without-names'));
    expect(value?.documents).toHaveLength(8);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^bảng 1, dòng 9: ô số lượng \(1 bản chính, 0 bản sao\) không kèm tên/),
      expect.stringMatching(/^bảng 1, dòng 10: /),
    ]);
  });

  it('keeps a count in an unknown form ("2 bộ") in the name, with a warning', () => {
    const { value, warnings } = parseDocuments(table('Đơn đề nghị2 bộHồ sơ thiết kế1 bản chính'));
    expect(value?.documents).toEqual([{ name: 'Đơn đề nghị2 bộHồ sơ thiết kế', originals: 1, copies: 0 }]);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'documents-unknown-count' })]);
    expect(warnings[0]?.message).toContain('«2 bộ»');
  });

  it('names a row that is only a form file by the file without its extension, with a warning', () => {
    const { value, warnings } = parseDocuments(table('Mẫu số 04.docx1 bản chính'));
    expect(value?.documents).toEqual([
      { name: 'Mẫu số 04', originals: 1, copies: 0, forms: ['Mẫu số 04.docx'] },
    ]);
    expect(warnings.map((w) => w.kind)).toEqual(['documents-form-only']);
  });

  it('reads a table of 111 rows, every one', () => {
    const rows = Array.from(
      { length: 111 },
      (_, i) => `Giấy tờ số ${i + 1} theo mẫu;Mẫu số ${i + 1}.docx1 bản chính`,
    );
    const documents = parseDocuments(table(...rows)).value?.documents ?? [];
    expect(documents).toHaveLength(111);
    expect(documents[110]).toEqual({
      name: 'Giấy tờ số 111 theo mẫu;',
      originals: 1,
      copies: 0,
      forms: ['Mẫu số 111.docx'],
    });
  });

  it('keeps markup as text: it is the page that escapes it', () => {
    const { value } = parseDocuments(table('<script>alert(1)</script> Đơn<b>1 bản chính'));
    expect(value?.documents?.[0]?.name).toBe('<script>alert(1)</script> Đơn<b>');
  });

  it('counts every string shaped like a count cell, cell or not', () => {
    expect(countWordsIn(snippet('count-words-in-a-name'))).toBeGreaterThan(
      parseDocuments(snippet('count-words-in-a-name')).value?.documents?.length ?? 0,
    );
  });
});
