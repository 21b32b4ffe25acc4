/**
 * The detail page's sections through the import as operators run it: read from a JSON export,
 * normalised, merged and written in the catalogue schema; every warning names the file, the
 * record and the export's key; bad values never stop the run or lose a record.
 */
import { describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../../src/lib/catalogue/schema';
import { buildCatalogue } from '../../../scripts/lib/import/build';
import { countSections } from '../../../scripts/lib/import/diff';
import { ImportFileError } from '../../../scripts/lib/import/errors';
import { MAX_SECTION_CHARACTERS } from '../../../scripts/lib/import/limits';
import { formatReport } from '../../../scripts/lib/import/report';
import { loadTopicGroups } from '../../../scripts/lib/import/topic-groups';
import { readAs } from '../../support/import';
import { snippet } from '../../support/sections';

const groups = loadTopicGroups();

function record(fields: Record<string, unknown>) {
  return {
    ma_tthc: '1.001193',
    ten_tthc: 'Thủ tục đăng ký khai sinh',
    linh_vuc: 'Hộ tịch',
    cap_thuc_hien: 'Cấp xã',
    link_truy_cap: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'Trực tiếp', thoi_gian: '1', phi_le_phi: 'Miễn phí', mo_ta: '' }],
    ...fields,
  };
}

async function build(...records: Record<string, unknown>[]) {
  const source = await readAs('json', JSON.stringify(records), 'chi-tiet.json');
  return buildCatalogue([source], groups);
}

describe('the sections of a detail record', () => {
  it('become the catalogue keys other tools read, in the shared schema', async () => {
    const result = await build(
      record({
        thanh_phan_ho_so: snippet('sections-with-headings'),
        trinh_tu_thuc_hien: snippet('steps-numbered'),
        yeu_cau_dieu_kien: 'Trẻ em sinh ra tại Việt Nam.',
        ket_qua_thuc_hien: snippet('result-one'),
        can_cu_phap_ly: snippet('legal-basis'),
        dia_chi_tiep_nhan: 'Ủy ban nhân dân cấp xã',
      }),
    );
    const [procedure] = catalogueSchema.parse(result.catalogue).procedures;
    expect(procedure?.documents).toHaveLength(33);
    expect(procedure?.steps).toHaveLength(4);
    expect(procedure?.requirements).toBe('Trẻ em sinh ra tại Việt Nam.');
    expect(procedure?.result).toEqual([{ name: 'Giấy khai sinh', resultCode: 'KQ.G15.000031' }]);
    expect(procedure?.legalBasis).toHaveLength(15);
    expect(procedure?.receivingAddress).toBe('Ủy ban nhân dân cấp xã');
    // Fixed key order, after the fields the catalogue had before: the same inputs, the same bytes.
    const sectionKeys = [
      'requirements',
      'documents',
      'documentsText',
      'steps',
      'result',
      'receivingAddress',
      'legalBasis',
    ];
    expect(Object.keys(procedure ?? {}).filter((key) => sectionKeys.includes(key))).toEqual([
      'requirements',
      'documents',
      'steps',
      'result',
      'receivingAddress',
      'legalBasis',
    ]);
  });

  it('leave a key out where the page said nothing, and say "Không" conditions apart', async () => {
    const result = await build(
      record({
        thanh_phan_ho_so: '',
        trinh_tu_thuc_hien: 'Không có thông tin',
        yeu_cau_dieu_kien: 'Không',
        ket_qua_thuc_hien: '--',
        can_cu_phap_ly: '',
        dia_chi_tiep_nhan: '',
      }),
    );
    const [procedure] = result.catalogue.procedures;
    for (const key of [
      'documents',
      'documentsText',
      'steps',
      'requirements',
      'result',
      'legalBasis',
      'receivingAddress',
    ]) {
      expect(procedure).not.toHaveProperty(key);
    }
    expect(result.sections[0]?.outcomes).toMatchObject({
      requirements: 'none',
      documents: 'absent',
      steps: 'absent',
    });
  });

  it('warn, naming the file, the record and the key, about markup and control characters', async () => {
    const result = await build(
      record({
        trinh_tu_thuc_hien: 'Bước 1: <script>alert(1)</script>\u0007Nộp hồ sơ.',
        ket_qua_thuc_hien: 'Giấy phép\u200b',
      }),
    );
    const messages = result.warnings.map((w) => w.message);
    expect(messages).toContain(
      'chi-tiet.json, bản ghi 1, «trinh_tu_thuc_hien»: đã bỏ 1 ký tự điều khiển (vô hình).',
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^chi-tiet\.json, bản ghi 1, «trinh_tu_thuc_hien»: có ký tự giống thẻ HTML/),
    );
    expect(messages).toContain(
      'chi-tiet.json, bản ghi 1, «ket_qua_thuc_hien»: đã bỏ 1 ký tự điều khiển (vô hình).',
    );
    expect(result.catalogue.procedures[0]?.steps).toEqual(['Bước 1: <script>alert(1)</script>Nộp hồ sơ.']);
  });

  it('warn about a section that is not text, and keep the record', async () => {
    const source = await readAs(
      'json',
      JSON.stringify([record({ thanh_phan_ho_so: { bang: [] } })]),
      'chi-tiet.json',
    );
    expect(source.warnings.map((w) => w.message)).toEqual([
      'chi-tiet.json, bản ghi 1: «thanh_phan_ho_so» không phải văn bản; bỏ qua mục này.',
    ]);
    expect(buildCatalogue([source], groups).catalogue.procedures).toHaveLength(1);
  });

  it('keep steps of 25,000 characters, and refuse a file whose section is past any real one', async () => {
    const steps = 'Nộp hồ sơ. '.repeat(2_500);
    expect((await build(record({ trinh_tu_thuc_hien: steps }))).catalogue.procedures[0]?.steps?.[0]).toBe(
      steps.trim(),
    );
    const runaway = 'x'.repeat(MAX_SECTION_CHARACTERS + 1);
    const error = await readAs(
      'json',
      JSON.stringify([record({ trinh_tu_thuc_hien: runaway })]),
      'hong.json',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message).toMatch(
      /^Lỗi ở tệp hong\.json: Bản ghi 1, trường «bản ghi\.trinh_tu_thuc_hien»/,
    );
  });

  it('are counted in the report: read, structured, text only, said nothing', async () => {
    const result = await build(
      record({ thanh_phan_ho_so: snippet('sections-with-headings'), yeu_cau_dieu_kien: 'Không' }),
      record({ ma_tthc: '1.000001', thanh_phan_ho_so: snippet('text-without-header') }),
    );
    const lines = formatReport({
      sources: [],
      result,
      groups,
      diff: {
        previousCount: 0,
        sectionsBefore: countSections([]),
        sectionsAfter: countSections([]),
        added: [],
        removed: [],
        changed: [],
      },
      refusals: [],
      written: [],
      dryRun: true,
      verbose: false,
      seconds: 0,
      outputBytes: 0,
    });
    // 1.001193's documents text, as the export has it, holds an invisible control character.
    expect(lines).toContain(
      '  Thành phần hồ sơ («thanh_phan_ho_so»): đọc thành cấu trúc 1, giữ dạng chữ 1, cảnh báo 1',
    );
    expect(lines).toContain('  Yêu cầu, điều kiện («yeu_cau_dieu_kien»): ghi «Không» 1, trống 1');
    expect(lines.find((line) => line.startsWith('  Giấy tờ: 33 dòng'))).toBeDefined();
  });
});

describe('the "Làm thủ tục" link taken from the data', () => {
  it('is dropped with a warning naming the row when it is not a clean https:// address', async () => {
    const result = await build(
      record({ link_truy_cap: 'https://dichvucong.gov.vn/x"><script>alert(1)</script>' }),
    );
    expect(result.catalogue.procedures[0]).not.toHaveProperty('sourceUrl');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'invalid-url',
        message: expect.stringMatching(/^chi-tiet\.json, bản ghi 1: /),
      }),
    );
  });

  it('is dropped with a warning when it is on a host the site does not list as official', async () => {
    const result = await build(record({ link_truy_cap: 'https://example.org/thu-tuc/1.001193' }));
    expect(result.catalogue.procedures[0]).not.toHaveProperty('sourceUrl');
    expect(result.warnings.map((w) => w.kind)).toContain('unofficial-url');
  });
});
