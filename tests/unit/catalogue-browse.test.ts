import { describe, expect, it } from 'vitest';
import {
  levelListings,
  listingsByName,
  methodListings,
  relatedInField,
  sortByName,
  tierListings,
  topicGroupListings,
} from '../../src/lib/catalogue/browse';
import { methodKinds } from '../../src/lib/catalogue/methods';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { aProcedure } from '../support/procedure';

function procedure(code: string, name: string, extra: Partial<Procedure> = {}): Procedure {
  return aProcedure({ code, name, agencies: [], ...extra });
}

const groups = [
  { id: 'tu-phap', ten: 'Tư pháp - Hộ tịch', tenNgan: 'Tư pháp, Hộ tịch' },
  { id: 'dat-dai', ten: 'Đất đai và Tài nguyên - Môi trường', tenNgan: 'Đất đai, Tài nguyên' },
  { id: 'khac', ten: 'Khác', tenNgan: 'Khác' },
];

describe('sortByName', () => {
  it('sorts in Vietnamese order, so Đ comes after D and not after Z', () => {
    const sorted = sortByName([
      procedure('1.000003', 'Đăng ký kết hôn'),
      procedure('1.000002', 'Xác nhận'),
      procedure('1.000001', 'Cấp bản sao'),
    ]);
    expect(sorted.map((p) => p.name)).toEqual(['Cấp bản sao', 'Đăng ký kết hôn', 'Xác nhận']);
  });
});

describe('methodKinds', () => {
  it('lists each method once, online first, even when the source repeats a method for sub-cases', () => {
    const p = procedure('1.000001', 'A', {
      methods: [{ kind: 'truc-tiep' }, { kind: 'buu-chinh' }, { kind: 'truc-tiep' }, { kind: 'truc-tuyen' }],
    });
    expect(methodKinds(p)).toEqual(['truc-tuyen', 'buu-chinh', 'truc-tiep']);
  });
});

describe('listingsByName', () => {
  const procedures = [
    procedure('1.000001', 'A', { agencies: ['Công an tỉnh'] }),
    procedure('1.000002', 'B', { agencies: ['Công An Tỉnh', 'Sở Tư pháp'] }),
    procedure('1.000003', 'C', { agencies: ['Công an tỉnh', 'Sở Tư pháp.'] }),
  ];
  const listings = listingsByName(procedures, (p) => p.agencies);

  it('merges spellings that differ only in case or a final full stop, under the most used one', () => {
    expect(listings.map((l) => [l.name, l.procedures.map((p) => p.code)])).toEqual([
      ['Công an tỉnh', ['1.000001', '1.000002', '1.000003']],
      ['Sở Tư pháp', ['1.000002', '1.000003']],
    ]);
  });

  it('gives each list an ASCII slug', () => {
    expect(listings.map((l) => l.slug)).toEqual(['cong-an-tinh', 'so-tu-phap']);
  });

  it('shortens sentence-long names and keeps slugs unique', () => {
    const long =
      'Cơ quan giải quyết bồi thường là cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại';
    const twoLongs = listingsByName(
      [procedure('1.000001', 'A', { agencies: [`${long} ở cấp tỉnh`, `${long} ở cấp xã`] })],
      (p) => p.agencies,
    );
    const slugs = twoLongs.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(82);
  });
});

describe('topicGroupListings', () => {
  it('keeps the group order, drops empty groups and sends unknown groups to "Khác"', () => {
    const listings = topicGroupListings(
      [
        procedure('1.000001', 'Khai sinh'),
        procedure('1.000002', 'Lạ', { topicGroup: 'khong-co', field: 'Lĩnh vực mới' }),
        procedure('1.000003', 'Chứng thực', { field: 'Chứng thực' }),
      ],
      groups,
    );
    expect(listings.map((g) => [g.id, g.count, g.fields.map((f) => f.name)])).toEqual([
      ['tu-phap', 2, ['Chứng thực', 'Hộ tịch']],
      ['khac', 1, ['Lĩnh vực mới']],
    ]);
  });
});

describe('tier, method and level listings', () => {
  const procedures = [
    procedure('1.000001', 'Một', {
      tiers: ['tinh', 'xa'],
      methods: [{ kind: 'truc-tuyen' }, { kind: 'truc-tiep' }],
    }),
    procedure('1.000002', 'Hai', { tiers: ['tinh'], methods: [{ kind: 'buu-chinh' }], onlineLevel: 3 }),
  ];

  it('puts a procedure under every tier and every method it has', () => {
    expect(tierListings(procedures).map((l) => [l.tier, l.procedures.length])).toEqual([
      ['tinh', 2],
      ['xa', 1],
    ]);
    expect(methodListings(procedures).map((l) => [l.method, l.procedures.map((p) => p.code)])).toEqual([
      ['truc-tuyen', ['1.000001']],
      ['buu-chinh', ['1.000002']],
      ['truc-tiep', ['1.000001']],
    ]);
  });

  it('lists levels only where a source states them', () => {
    expect(levelListings(procedures).map((l) => [l.level, l.procedures.length])).toEqual([['3', 1]]);
    expect(levelListings([procedure('1.000003', 'Ba')])).toEqual([]);
  });
});

describe('relatedInField', () => {
  const field = Array.from({ length: 20 }, (_, i) =>
    procedure(`1.0000${String(i).padStart(2, '0')}`, `Thủ tục ${i}`),
  );

  it('offers neighbours of the same field, never the procedure itself', () => {
    const related = relatedInField(field[10]!, field, 6);
    expect(related).toHaveLength(6);
    expect(related.map((p) => p.code)).not.toContain(field[10]!.code);
    expect(related.map((p) => p.code)).toEqual(
      field.filter((_, i) => i >= 7 && i <= 13 && i !== 10).map((p) => p.code),
    );
  });

  it('stays within the list at its ends', () => {
    expect(relatedInField(field[0]!, field, 6)).toHaveLength(6);
    expect(relatedInField(field[19]!, field, 6)).toHaveLength(6);
    expect(relatedInField(field[0]!, field.slice(0, 3), 6)).toHaveLength(2);
  });
});
