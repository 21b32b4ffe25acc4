import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../scripts/lib/import/build';
import { ImportFileError } from '../../../scripts/lib/import/errors';
import { mergeByCode } from '../../../scripts/lib/import/merge';
import { normaliseSources } from '../../../scripts/lib/import/normalise';
import { tallyRows } from '../../../scripts/lib/import/report';
import { loadTopicGroups, topicGroupsFrom } from '../../../scripts/lib/import/topic-groups';
import type { SourceFile } from '../../../scripts/lib/import/types';
import { fixture, readAs } from '../../support/import';
import { listExport } from '../../support/xlsx';

const groups = loadTopicGroups();

async function fixtureSources(): Promise<SourceFile[]> {
  const detail = await readAs('json', fixture('detail.json'), 'detail.json');
  const csv = { ...(await readAs('csv', fixture('list.csv'), 'list.csv')), exportedOn: '2026-08-01' };
  const xlsx = await readAs(
    'xlsx',
    listExport([
      ['1.001193', 'Thủ tục đăng ký khai sinh', 'Bộ Tư pháp', 'Ủy ban nhân dân cấp xã', 'Hộ tịch'],
      [
        '9.000301',
        'Thủ tục chỉ có trong danh sách của bộ',
        'Bộ Tư pháp',
        'Bộ Tư pháp',
        'Lĩnh vực chưa ai xếp',
      ],
    ]),
    'danh-sach.xlsx',
  );
  return [detail, csv, xlsx];
}

describe('normalising the detail export', () => {
  it('parses methods and their fee facts, keeps sub-cases once, drops a time that ran into the fee', async () => {
    const { candidates, warnings } = normaliseSources([
      await readAs('json', fixture('detail.json'), 'detail.json'),
    ]);
    const byCode = new Map(candidates.map((c) => [c.code, c]));
    expect(byCode.get('1.001193')?.methods[0]).toEqual({
      kind: 'truc-tuyen',
      time: { value: 1, text: '1' },
      fee: { text: 'Miễn phí', amountVnd: 0 },
    });
    expect(byCode.get('9.000102')?.methods).toEqual([
      {
        kind: 'truc-tuyen',
        description: 'VNĐ(20.000 vnđ /tờ khai)',
        feeFacts: { amounts: [{ amount: 20000, currency: 'VND', per: 'tờ khai' }] },
      },
      {
        kind: 'truc-tiep',
        time: { value: 2, unit: 'gio', text: '2 Giờ' },
        fee: { text: '50.000 VNĐ(đồng/lần)', amountVnd: 50000 },
        description: 'Nộp tại\n\nChi cục Hải quan',
        feeFacts: { amounts: [{ amount: 50000, currency: 'VND' }] },
      },
    ]);
    expect(warnings).toEqual([
      // Its link_truy_cap is on example.org, not on a portal the site lists as official.
      expect.objectContaining({ kind: 'unofficial-url', ref: expect.objectContaining({ row: 3 }) }),
      expect.objectContaining({ kind: 'time-fee-run-together', ref: expect.objectContaining({ row: 3 }) }),
    ]);
    expect(byCode.get('9.000102')?.sourceUrl).toBeUndefined();
  });

  it('keeps the competent authority only where it differs from the agencies', async () => {
    const { candidates } = normaliseSources([await readAs('json', fixture('detail.json'), 'detail.json')]);
    const byCode = new Map(candidates.map((c) => [c.code, c]));
    expect(byCode.get('1.000931')?.competentAuthority).toBe('Cục quản lý xuất nhập cảnh');
    expect(byCode.get('9.000102')?.competentAuthority).toBeUndefined();
    expect(byCode.get('9.000102')?.tiers).toEqual(['tinh', 'xa', 'bo']);
  });
});

describe('merging sources', () => {
  it('lets detail records win and list exports fill the gaps', async () => {
    const { procedures } = mergeByCode(normaliseSources(await fixtureSources()).candidates);
    const birth = procedures.find((p) => p.code === '1.001193');
    expect(birth).toMatchObject({
      name: 'Thủ tục đăng ký khai sinh',
      field: 'Hộ tịch',
      tiers: ['xa'],
      agencies: ['Ủy ban nhân dân cấp xã'], // the detail has none; the CSV has
      issuingAgencies: ['Bộ Tư pháp'], // only the Excel list has them
      onlineLevel: 4, // only the CSV states it
      onlineMode: 'toan-trinh',
      decision: '163/QĐ-BTP',
    });
    expect(birth?.methods).toHaveLength(3);
    expect(birth?.rows.map((r) => r.file)).toEqual(['detail.json', 'list.csv', 'danh-sach.xlsx']);
  });

  it('gives the same result whatever the order of the files', async () => {
    const sources = await fixtureSources();
    const forward = mergeByCode(normaliseSources(sources).candidates);
    const backward = mergeByCode(normaliseSources([...sources].reverse()).candidates);
    expect(backward).toEqual(forward);
  });
});

describe('building the catalogue', () => {
  it('keeps only the chosen tiers and accounts for every row', async () => {
    const sources = await fixtureSources();
    const result = buildCatalogue(sources, groups, ['tinh', 'xa']);
    expect(result.catalogue.procedures.map((p) => p.code)).toEqual([
      '1.000931',
      '1.001193',
      '9.000102',
      '9.000201',
      '9.000202',
    ]);
    expect(result.filtered).toEqual([
      { code: '9.000101', reason: 'other-tier' },
      { code: '9.000301', reason: 'tier-unknown' },
    ]);
    const rowsRead = sources.reduce((sum, s) => sum + s.rows.length + s.rejected.length, 0);
    const tally = tallyRows(result.ledger);
    expect(tally).toEqual({ read: rowsRead, imported: 5, merged: 2, filtered: 2, rejected: 0 });
    expect(tally.imported + tally.merged + tally.filtered + tally.rejected).toBe(rowsRead);
    expect(result.ledger.find((e) => e.code === '9.000101')?.reason).toBe('thực hiện ở cấp khác (bo)');
  });

  it('keeps every procedure without --tiers', async () => {
    const result = buildCatalogue(await fixtureSources(), groups);
    expect(result.catalogue.procedures).toHaveLength(7);
    expect(result.filtered).toEqual([]);
  });

  it('dates the catalogue by its newest source and lists the sources', async () => {
    const { catalogue } = buildCatalogue(await fixtureSources(), groups);
    expect(catalogue.asOf).toBe('2026-08-01');
    expect(catalogue.attribution).toBe('Nguồn: Cơ sở dữ liệu quốc gia về thủ tục hành chính');
    expect(catalogue.sources).toEqual([
      { file: 'danh-sach.xlsx', format: 'xlsx', rows: 2 },
      { file: 'detail.json', format: 'json', rows: 4 },
      { file: 'list.csv', format: 'csv', rows: 3 },
    ]);
  });

  it('places fields in topic groups from both mapping files, and lists the unmapped ones', async () => {
    const { catalogue, unmappedFields } = buildCatalogue(await fixtureSources(), groups);
    const groupOf = new Map(catalogue.procedures.map((p) => [p.code, p.topicGroup]));
    expect(groupOf.get('1.001193')).toBe('tu-phap'); // "Hộ tịch": in nhom-linh-vuc.json
    expect(groupOf.get('1.000931')).toBe('tu-phap'); // "Quản lý xuất nhập cảnh": in nhom-linh-vuc-bo-sung.json
    expect(groupOf.get('9.000301')).toBe('khac');
    expect([...unmappedFields]).toEqual([['Lĩnh vực chưa ai xếp', 1]]);
  });

  it('rejects every row of a procedure no source gives a field for', async () => {
    const source = await readAs('csv', 'Mã số,Tên\n1.001193,Khai sinh\n', 'ds.csv');
    const result = buildCatalogue([source], groups);
    expect(result.catalogue.procedures).toEqual([]);
    expect(result.ledger).toEqual([
      expect.objectContaining({
        outcome: 'rejected',
        reason: 'Không nguồn nào ghi lĩnh vực của thủ tục 1.001193.',
      }),
    ]);
  });
});

describe('the editors’ field mapping', () => {
  const original = { nhom: [{ id: 'tu-phap', ten: 'Tư pháp', tenNgan: 'Tư pháp' }], linh_vuc: {} };

  it('accepts field names as written, with marks', () => {
    const mapping = topicGroupsFrom(original, { linh_vuc: { 'Quốc tịch': 'tu-phap' } });
    expect(mapping.bySlug.get('quoc-tich')).toBe('tu-phap');
  });

  it('refuses a group that does not exist, naming the field', () => {
    expect(() => topicGroupsFrom(original, { linh_vuc: { 'Quốc tịch': 'tu_phap' } })).toThrowError(
      ImportFileError,
    );
    expect(() => topicGroupsFrom(original, { linh_vuc: { 'Quốc tịch': 'tu_phap' } })).toThrowError(
      /«Quốc tịch».*«tu_phap»/,
    );
  });
});
