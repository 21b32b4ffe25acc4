/**
 * Property test of the documents parser: whatever flattened table it is given (parts with and
 * without headings, names with count-like words inside them, digits before the count, form files
 * glued on), every count cell comes out as exactly one row, with its counts, and no name keeps
 * header text or a count cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_HEADER, parseDocuments } from '../../../scripts/lib/import/sections/documents';

interface Row {
  text: string;
  originals: number;
  copies: number;
}

const words = fc.constantFrom(
  'Đơn đề nghị',
  'Tờ khai',
  'Giấy chứng sinh',
  'bản sao có chứng thực',
  'của cơ quan có thẩm quyền',
  'theo Mẫu số 18',
  'ngày 01/01/2026',
  'Luật 49/2019/QH14',
  '(nếu có)',
  'nộp 02 bản chính tờ khai hải quan',
  '(01 bản sao)',
  'trường hợp ủy quyền;',
  'đối với người nước ngoài.',
  'Hộ chiếu/Thẻ căn cước',
  '<b>in đậm</b>',
  'Trường hợp không có thì nộp',
  '“Giấy xác nhận”',
);
const forms = fc.constantFrom(
  'Mẫu số 04.docx',
  'Mau 05 - Phu luc I_36.2025.TT-BNNMT_02.7.2025.doc',
  'Phlcs04Thngt01.docx',
  'TK 1.000703.docx',
  'Đơn trình báo mất thẻ ABTC (mẫu TK07).pdf',
);
const digit = fc.integer({ min: 0, max: 9 });

/** One row as the export writes it: name, maybe form files, then the count cell, all glued. */
const row: fc.Arbitrary<Row> = fc
  .record({
    name: fc.array(words, { minLength: 1, maxLength: 6 }),
    bullet: fc.constantFrom('', '- ', '+ '),
    forms: fc.array(forms, { maxLength: 2 }),
    formSeparator: fc.constantFrom('', ';', '.'),
    shape: fc.constantFrom('originals', 'copies', 'both'),
    originals: digit,
    copies: digit,
  })
  .map(({ name, bullet, forms: files, formSeparator, shape, originals, copies }) => {
    const cell =
      shape === 'originals'
        ? `${originals} bản chính`
        : shape === 'copies'
          ? `${copies} bản sao`
          : `${originals} bản chính,${copies} bản sao`;
    const formText = files.length > 0 ? `${formSeparator}${files.join('')}` : '';
    return {
      text: `${bullet}${name.join(' ')}${formText}${cell}`,
      originals: shape === 'copies' ? 0 : originals,
      copies: shape === 'originals' ? 0 : copies,
    };
  });

const heading = fc.constantFrom(
  '--',
  '* Giấy tờ phải nộp:',
  '* Giấy tờ phải xuất trình:',
  'Trường hợp ủy quyền thực hiện thủ tục:',
  '(1) Đối với công trình:',
  '',
);
const part = fc.record({ heading, rows: fc.array(row, { maxLength: 15 }) });

describe('the documents parser, on random flattened tables', () => {
  it('turns every count cell into exactly one row, with its counts', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts
          .map((p) => `${p.heading}${DOCUMENTS_HEADER}${p.rows.map((r) => r.text).join('')}`)
          .join('');
        const expected = parts.flatMap((p) => p.rows);
        const documents = parseDocuments(text).value?.documents ?? [];
        expect(documents.map((d) => [d.originals, d.copies])).toEqual(
          expected.map((r) => [r.originals, r.copies]),
        );
        for (const document of documents) {
          expect(document.name).not.toContain(DOCUMENTS_HEADER);
          expect(document.name).not.toMatch(/\d bản (chính|sao)$/u);
        }
      }),
      { numRuns: 400 },
    );
  });
});
