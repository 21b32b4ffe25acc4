/**
 * The search as a citizen meets it, on a small catalogue of real procedure names: what comes
 * first for the ways people type, what filters do, and what odd input does (nothing bad).
 */
import { describe, expect, it } from 'vitest';
import type { MethodKind, Procedure, Tier } from '../../src/lib/catalogue/schema';
import { decodeSearchAsset } from '../../src/lib/search/asset-decode';
import { encodeSearchAsset } from '../../src/lib/search/asset-encode';
import { createSearchIndex, search, type SearchResponse } from '../../src/lib/search/engine';
import { aProcedure } from '../support/procedure';

function procedure(
  code: string,
  name: string,
  options: { field?: string; group?: string; tiers?: Tier[]; methods?: MethodKind[]; level?: 2 | 3 | 4 } = {},
): Procedure {
  return aProcedure({
    code,
    name,
    field: options.field ?? 'Hộ tịch',
    topicGroup: options.group ?? 'tu-phap',
    tiers: options.tiers ?? ['xa'],
    methods: (options.methods ?? ['truc-tiep']).map((kind) => ({ kind })),
    ...(options.level ? { onlineLevel: options.level } : {}),
  });
}

const PROCEDURES: Procedure[] = [
  procedure('1.001193', 'Thủ tục đăng ký khai sinh', {
    methods: ['truc-tiep', 'truc-tuyen', 'buu-chinh'],
    level: 4,
  }),
  procedure('1.003583', 'Thủ tục đăng ký khai sinh lưu động'),
  procedure('2.000528', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', { tiers: ['tinh'] }),
  procedure('1.004884', 'Thủ tục đăng ký lại khai sinh', { methods: ['truc-tiep', 'buu-chinh'] }),
  procedure('1.000894', 'Thủ tục đăng ký kết hôn', { methods: ['truc-tiep', 'truc-tuyen'] }),
  procedure('1.000593', 'Thủ tục đăng ký kết hôn lưu động'),
  procedure('1.000656', 'Thủ tục đăng ký khai tử'),
  procedure(
    '3.000333',
    'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    {
      field: 'Lý lịch tư pháp',
      tiers: ['tinh'],
      methods: ['truc-tuyen', 'buu-chinh', 'truc-tiep'],
      level: 3,
    },
  ),
  procedure('1.014064', 'Cấp lại thẻ căn cước', {
    field: 'Cấp, quản lý căn cước',
    group: 'noi-vu',
    tiers: ['tinh', 'xa'],
  }),
  procedure('3.000348', 'Cấp lại giấy phép lái xe', {
    field: 'Sát hạch, cấp giấy phép lái xe',
    group: 'giao-thong',
    tiers: ['tinh'],
  }),
  procedure('1.004222', 'Đăng ký thường trú', { field: 'Đăng ký, quản lý cư trú', group: 'noi-vu' }),
  procedure('2.000001', 'Thủ tục hải quan đối với hàng hóa nhập khẩu', {
    field: 'Hải quan',
    group: 'kinh-te',
    tiers: ['bo'],
  }),
  procedure('1.001612', 'Đăng ký thành lập hộ kinh doanh', {
    field: 'Thành lập và hoạt động doanh nghiệp',
    group: 'kinh-te',
  }),
  procedure('1.002000', 'Khai <script>alert(1)</script> & báo «tạm vắng»', {
    field: 'Đăng ký, quản lý cư trú',
    group: 'noi-vu',
  }),
];

const index = createSearchIndex(
  decodeSearchAsset(
    JSON.parse(
      JSON.stringify(
        encodeSearchAsset({
          procedures: PROCEDURES,
          pages: [
            {
              kind: 'postal',
              url: '/buu-chinh-cong-ich/nop-ho-so/',
              title: 'Nộp hồ sơ và nhận kết quả qua bưu điện',
              description: 'Gửi hồ sơ thủ tục hành chính qua bưu điện.',
            },
          ],
          groupNames: new Map([
            ['tu-phap', 'Tư pháp, Hộ tịch'],
            ['noi-vu', 'Nội vụ'],
            ['giao-thong', 'Giao thông'],
            ['kinh-te', 'Kinh tế'],
          ]),
          synonyms: {
            groups: [
              ['cccd', 'can cuoc'],
              ['gplx', 'giay phep lai xe'],
              ['ho khau', 'thuong tru'],
            ],
            optionalWords: ['thu', 'tuc', 'xin', 'cho', 'con'],
          },
        }),
      ),
    ),
  ),
);

const codes = (response: SearchResponse) => response.hits.map((hit) => hit.record.code ?? hit.record.url);
const first = (query: string) => codes(search(index, query))[0];

describe('what comes first', () => {
  it.each([
    ['dang ky khai sinh', '1.001193'],
    ['Đăng ký khai sinh', '1.001193'],
    ['ĐĂNG KÝ KHAI SINH', '1.001193'],
    ['dang ky khai sinh luu dong', '1.003583'],
    ['khai sinh nuoc ngoai', '2.000528'],
    ['ket hon', '1.000894'],
    ['ly lich tu phap', '3.000333'],
    ['bưu điện', '/buu-chinh-cong-ich/nop-ho-so/'],
  ])('"%s" → %s', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it('forgives typos, swapped letters and words typed together', () => {
    for (const query of ['khai snh', 'kahi sinh', 'dang ky khaisinh', 'dangky khai sinh']) {
      expect(first(query), query).toBe('1.001193');
    }
    expect(first('ket hn')).toBe('1.000894');
  });

  it('finds a word while it is still being typed', () => {
    expect(first('dang ky ket h')).toBe('1.000894');
    expect(first('ly lich tu ph')).toBe('3.000333');
  });

  it('understands abbreviations and everyday names from the synonym table', () => {
    expect(first('cccd')).toBe('1.014064');
    expect(first('cap lai gplx')).toBe('3.000348');
    expect(first('nhap ho khau')).toBe('1.004222');
  });

  it('forgives a typo beside an abbreviation whose other name is long', () => {
    // "gplx" is "giay phep lai xe": the variant has six words though the citizen typed three.
    expect(first('cpa lai gplx')).toBe('3.000348');
  });

  it('needs a synonym phrase side by side: "hộ khẩu" is not "hộ" and "khẩu" in "nhập khẩu"', () => {
    expect(codes(search(index, 'ho khau'))).not.toContain('2.000001');
  });

  it('ranks a name with every word above one that matches the best single word', () => {
    const ranked = codes(search(index, 'ket hon luu dong'));
    expect(ranked[0]).toBe('1.000593');
    expect(ranked.indexOf('1.000593')).toBeLessThan(ranked.indexOf('1.000894'));
  });

  it('ranks the plain procedure above its special cases', () => {
    expect(codes(search(index, 'khai sinh')).slice(0, 1)).toEqual(['1.001193']);
    expect(first('khai tu')).toBe('1.000656');
  });

  it('ignores a word no record has, and says when no result holds every word', () => {
    const response = search(index, 'khai sinh xyzxyz');
    expect(response.partial).toBe(false);
    expect(search(index, 'ket hon thường trú').partial).toBe(true);
  });
});

describe('codes', () => {
  it.each(['1.001193', '1001193', '1.001193.000.00.00.H58'])('"%s" finds exactly that procedure', (query) => {
    const response = search(index, query);
    expect(response.mode).toBe('code');
    expect(codes(response)).toEqual(['1.001193']);
  });

  it('lists the codes that start with what was typed', () => {
    expect(codes(search(index, '1.00')).sort()).toEqual(
      [
        '1.000593',
        '1.000656',
        '1.000894',
        '1.001193',
        '1.001612',
        '1.002000',
        '1.003583',
        '1.004222',
        '1.004884',
      ].sort(),
    );
  });

  it('puts a code mentioned in a sentence first', () => {
    expect(first('thu tuc 1.000656 o dau')).toBe('1.000656');
  });

  it('answers an unknown code with nothing rather than something else', () => {
    expect(search(index, '9.999999')).toMatchObject({ mode: 'code', total: 0, hits: [] });
  });
});

describe('highlights', () => {
  it('marks the matched words in the original spelling, marks included', () => {
    const hit = search(index, 'dang ky khai sinh').hits[0];
    const marked = hit?.highlights.map(([start, end]) => hit.record.title.slice(start, end));
    expect(marked).toEqual(['đăng ký khai sinh']);
  });

  it('marks only the typed part of an unfinished word', () => {
    const hit = search(index, 'ly lich tu pha').hits[0];
    expect(hit?.highlights.map(([start, end]) => hit.record.title.slice(start, end))).toEqual([
      'Lý lịch tư phá',
    ]);
  });
});

describe('filters', () => {
  it('keep only procedures with the chosen tier, method, topic group and level', () => {
    expect(codes(search(index, 'khai sinh', { tier: 'tinh' }))).toEqual(['2.000528']);
    expect(codes(search(index, 'khai sinh', { method: 'buu-chinh' })).sort()).toEqual([
      '1.001193',
      '1.004884',
    ]);
    expect(codes(search(index, 'cap lai', { group: 'giao-thong' }))).toEqual(['3.000348']);
    expect(codes(search(index, 'khai sinh', { level: 4 }))).toEqual(['1.001193']);
  });

  it('leave out articles, which have no tier or method', () => {
    expect(codes(search(index, 'buu dien', { method: 'buu-chinh' }))).not.toContain(
      '/buu-chinh-cong-ich/nop-ho-so/',
    );
  });

  it('with no words, list every matching procedure in alphabetical order', () => {
    const response = search(index, '', { group: 'noi-vu' });
    expect(response.mode).toBe('browse');
    expect(response.hits.map((hit) => hit.record.title)).toEqual([
      'Cấp lại thẻ căn cước',
      'Đăng ký thường trú',
      'Khai <script>alert(1)</script> & báo «tạm vắng»',
    ]);
  });

  it('with neither words nor filters, ask for nothing (the page shows the common tasks)', () => {
    expect(search(index, '   ')).toEqual({ mode: 'empty', hits: [], total: 0, partial: false });
  });
});

describe('odd input never breaks the search', () => {
  const odd = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '"; DROP TABLE thu_tuc; --',
    'dang ky '.repeat(1250),
    'x'.repeat(10_000),
    '!!!???...,,,;;;',
    '((((',
    '*.+?^${}()|[]\\',
    '😀🎉🇻🇳',
    '한국어 中文 العربية русский Tiếng Việt',
    '\u0000\u0007\u200b\u202e',
    'đ'.repeat(3000),
    '1.'.repeat(5000),
  ];

  it.each(odd.map((query) => [query.slice(0, 40), query]))('%s', (_label, query) => {
    const response = search(index, query);
    expect(response.total).toBeGreaterThanOrEqual(response.hits.length);
    for (const hit of response.hits) {
      for (const [start, end] of hit.highlights) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(hit.record.title.length);
      }
    }
  });

  it('finds markup in a name as text, without treating it as markup', () => {
    expect(first('<script>')).toBe('1.002000');
    expect(search(index, 'tam vang').hits[0]?.record.title).toBe(
      'Khai <script>alert(1)</script> & báo «tạm vắng»',
    );
  });
});
