/**
 * The pieces of the search, each on its own: folding with positions, codes, typos, the synonym
 * file editors write, the index file, the address and the highlight.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { decodeSearchAsset } from '../../src/lib/search/asset-decode';
import { encodeSearchAsset } from '../../src/lib/search/asset-encode';
import { codeInside, parseCodeQuery } from '../../src/lib/search/code';
import { editDistance } from '../../src/lib/search/distance';
import { highlightPieces } from '../../src/lib/search/highlight';
import { readSynonymTable as parseSynonymFile } from '../../src/i18n/search-data';
import { expandQuery, synonymLookup } from '../../src/lib/search/synonyms';
import {
  cleanQuery,
  foldKeepingPositions,
  MAX_QUERY_LENGTH,
  tokenize,
  words,
} from '../../src/lib/search/text';
import { readSearchState, writeSearchState } from '../../src/lib/search/url';
import { aProcedure } from '../support/procedure';

describe('foldKeepingPositions', () => {
  it('folds Vietnamese like the rest of the site, đ included, and keeps every position', () => {
    const name = 'Đăng ký khai sinh cho người đã có hồ sơ';
    const folded = foldKeepingPositions(name);
    expect(folded).toBe('dang ky khai sinh cho nguoi da co ho so');
    expect(folded).toHaveLength(name.length);
  });

  it('keeps positions even for letters whose folded form is longer (Hangul) or emoji', () => {
    for (const text of ['한국어 Đà Lạt', 'Cấp 🚗 giấy phép', 'ﬁ ligature ǅ']) {
      expect(foldKeepingPositions(text)).toHaveLength(text.length);
    }
  });
});

describe('tokenize and words', () => {
  it('gives folded words with their place in the original name', () => {
    const name = 'Cấp lại thẻ căn cước';
    const tokens = tokenize(foldKeepingPositions(name));
    expect(tokens.map((token) => token.text)).toEqual(['cap', 'lai', 'the', 'can', 'cuoc']);
    const last = tokens[4];
    expect(last && name.slice(last.start, last.end)).toBe('cước');
  });

  it('splits on punctuation and reads any script', () => {
    expect(words('nhận cha, mẹ, con')).toEqual(['nhan', 'cha', 'me', 'con']);
    expect(words('Đăng ký 登记 تسجيل')).toEqual(['dang', 'ky', '登记', 'تسجيل']);
  });
});

describe('cleanQuery', () => {
  it('removes control and invisible characters and extra spaces', () => {
    expect(cleanQuery('  khai\u0000 sinh\u200b\t ')).toBe('khai sinh');
  });

  it(`cuts a 10,000-character query to at most ${MAX_QUERY_LENGTH} characters`, () => {
    expect(cleanQuery('dang ky '.repeat(1250)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cleanQuery('😀'.repeat(10_000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH * 2);
  });

  it('never splits an emoji in half', () => {
    const cleaned = cleanQuery('😀'.repeat(500));
    expect(cleaned).toMatch(/^(?:😀)+$/u);
  });
});

describe('parseCodeQuery', () => {
  it.each([
    ['1.001193', '1.001193'],
    ['1001193', '1.001193'],
    [' 1.001193 ', '1.001193'],
    ['1.001193.000.00.00.H58', '1.001193'],
    ['1001193.000.00.00.h58', '1.001193'],
  ])('reads "%s" as the code %s', (query, code) => {
    expect(parseCodeQuery(query)).toEqual({ kind: 'exact', code });
  });

  it('reads the start of a code as a prefix, and words as no code', () => {
    expect(parseCodeQuery('1.0011')).toEqual({ kind: 'prefix', digits: '10011' });
    expect(parseCodeQuery('12')).toEqual({ kind: 'none' });
    expect(parseCodeQuery('khai sinh')).toEqual({ kind: 'none' });
    expect(parseCodeQuery('1.00119a')).toEqual({ kind: 'none' });
  });

  it('finds a code written inside a sentence', () => {
    expect(codeInside('thủ tục 1.001193 nộp ở đâu')).toBe('1.001193');
    expect(codeInside('mã 2000815')).toBe('2.000815');
    expect(codeInside('năm 2024')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one mistake', () => {
    expect(editDistance('kahi', 'khai', 1)).toBe(1);
    expect(editDistance('snh', 'sinh', 1)).toBe(1);
    expect(editDistance('khai', 'khai', 1)).toBe(0);
  });

  it('stops at the bound', () => {
    expect(editDistance('cccd', 'cuoc', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

const SYNONYMS = JSON.stringify({
  groups: [{ terms: ['CCCD', 'căn cước'] }, { terms: ['hộ khẩu', 'thường trú'] }],
  optionalWords: ['thủ tục', 'xin'],
});

describe('synonym file', () => {
  it('the committed file is valid', () => {
    const file = 'content/search/synonyms.json';
    const table = parseSynonymFile(readFileSync(file, 'utf8'), file);
    expect(table.groups.length).toBeGreaterThan(10);
    expect(table.groups.some((group) => group.includes('cccd') && group.includes('can cuoc'))).toBe(true);
  });

  it('is folded for the search', () => {
    expect(parseSynonymFile(SYNONYMS, 'x.json')).toEqual({
      groups: [
        ['cccd', 'can cuoc'],
        ['ho khau', 'thuong tru'],
      ],
      optionalWords: ['thu tuc', 'xin'],
    });
  });

  it('names the file and the group an editor must fix', () => {
    const oneTerm = JSON.stringify({
      groups: [{ terms: ['GPLX', 'giấy phép lái xe'] }, { terms: ['sổ đỏ'] }],
      optionalWords: [],
    });
    expect(() => parseSynonymFile(oneTerm, 'content/search/synonyms.json')).toThrow(
      /content\/search\/synonyms\.json[\s\S]*nhóm thứ 2 \(sổ đỏ\)/,
    );
  });

  it('refuses a phrase listed in two groups, a phrase without letters, broken JSON and unknown fields', () => {
    const twice = JSON.stringify({
      groups: [{ terms: ['CCCD', 'căn cước'] }, { terms: ['Căn cước', 'CMND'] }],
      optionalWords: [],
    });
    expect(() => parseSynonymFile(twice, 'f.json')).toThrow(/«Căn cước» đã có ở nhóm thứ 1/);
    const empty = JSON.stringify({ groups: [{ terms: ['CCCD', '!!!'] }], optionalWords: [] });
    expect(() => parseSynonymFile(empty, 'f.json')).toThrow(/nhóm thứ 1 \(!!!\)/);
    expect(() => parseSynonymFile('{ "groups": [', 'f.json')).toThrow(/f\.json[\s\S]*JSON/);
    expect(() =>
      parseSynonymFile(JSON.stringify({ groups: [], optionalWords: [], extra: 1 }), 'f.json'),
    ).toThrow(/f\.json/);
  });
});

describe('expandQuery', () => {
  const lookup = synonymLookup(parseSynonymFile(SYNONYMS, 'x.json'));

  it('keeps the query as typed first, then swaps each synonym phrase', () => {
    const variants = expandQuery(['cap', 'lai', 'cccd'], lookup);
    expect(variants.map((variant) => [variant.words.join(' '), variant.viaSynonym])).toEqual([
      ['cap lai cccd', false],
      ['cap lai can cuoc', true],
    ]);
  });

  it('skips alternatives that only add words to what was typed', () => {
    const wider = synonymLookup({ groups: [['khai sinh', 'giay khai sinh']], optionalWords: [] });
    expect(expandQuery(['khai', 'sinh'], wider).map((variant) => variant.words.join(' '))).toEqual([
      'khai sinh',
    ]);
    expect(expandQuery(['giay', 'khai', 'sinh'], wider).map((variant) => variant.words.join(' '))).toEqual([
      'giay khai sinh',
      'khai sinh',
    ]);
  });

  it('marks multi-word synonym phrases, which must stand together', () => {
    const variants = expandQuery(['nhap', 'ho', 'khau', 'cccd'], lookup);
    const byWords = (text: string) => variants.find((variant) => variant.words.join(' ') === text);
    expect(variants).toHaveLength(4);
    expect(byWords('nhap ho khau cccd')?.phrases).toEqual([[1, 2]]);
    expect(byWords('nhap ho khau can cuoc')?.phrases).toEqual([
      [3, 2],
      [1, 2],
    ]);
    expect(byWords('nhap thuong tru can cuoc')?.phrases).toEqual([
      [3, 2],
      [1, 2],
    ]);
  });
});

const PROCEDURE: Procedure = aProcedure({
  methods: [
    { kind: 'truc-tiep' },
    { kind: 'truc-tuyen' },
    { kind: 'truc-tuyen', description: 'trường hợp khác' },
  ],
  onlineLevel: 4,
  onlineMode: 'toan-trinh',
  sourceUrl: 'https://dichvucong.gov.vn/',
});

describe('search index file', () => {
  const synonyms = { groups: [['cccd', 'can cuoc']], optionalWords: ['xin'] };
  const asset = encodeSearchAsset({
    procedures: [PROCEDURE],
    pages: [{ kind: 'guide', url: '/huong-dan/muc-do/', title: 'Các mức độ', description: 'Mức 2, 3, 4.' }],
    groupNames: new Map([['tu-phap', 'Tư pháp, Hộ tịch']]),
    synonyms,
  });

  it('keeps what the result list shows and filters on, and nothing else', () => {
    const data = decodeSearchAsset(JSON.parse(JSON.stringify(asset)));
    expect(data.records[0]).toEqual({
      kind: 'procedure',
      url: '/thu-tuc/1.001193/',
      title: 'Thủ tục đăng ký khai sinh',
      detail: 'Hộ tịch',
      code: '1.001193',
      agencies: ['Ủy ban nhân dân cấp xã'],
      topicGroup: 'tu-phap',
      tiers: ['xa'],
      methods: ['truc-tuyen', 'truc-tiep'],
      level: 4,
      mode: 'toan-trinh',
    });
    expect(data.records[1]).toMatchObject({ kind: 'guide', url: '/huong-dan/muc-do/', title: 'Các mức độ' });
    expect(data.groups).toEqual([{ id: 'tu-phap', name: 'Tư pháp, Hộ tịch' }]);
    expect(data.synonyms).toEqual(synonyms);
    expect(JSON.stringify(asset)).not.toContain('Công dân Việt Nam');
    expect(JSON.stringify(asset)).not.toContain('dichvucong');
  });

  it('refuses a procedure whose topic group has no name', () => {
    expect(() =>
      encodeSearchAsset({
        procedures: [{ ...PROCEDURE, topicGroup: 'khong-co' }],
        pages: [],
        groupNames: new Map([['tu-phap', 'Tư pháp']]),
        synonyms,
      }),
    ).toThrow(/1\.001193.*khong-co/);
  });

  it('refuses a file of another version or shape', () => {
    expect(() => decodeSearchAsset({ ...asset, v: 99 })).toThrow(/version/);
    expect(() => decodeSearchAsset(null)).toThrow();
    expect(() => decodeSearchAsset('<html>')).toThrow();
  });
});

describe('search address', () => {
  it('round-trips the query and the filters', () => {
    const state = {
      query: 'khai sinh',
      filters: { group: 'tu-phap', tier: 'xa', method: 'truc-tuyen', level: 4 },
    } as const;
    const search = writeSearchState(state);
    expect(search).toBe('?q=khai+sinh&nhom=tu-phap&cap=xa&cach=truc-tuyen&muc=4');
    expect(readSearchState(search, ['tu-phap'])).toEqual(state);
  });

  it('drops values the page does not know, from old or hand-edited links', () => {
    expect(readSearchState('?q=<b>x</b>&nhom=khong-co&cap=tinh-thanh&cach=fax&muc=9', ['tu-phap'])).toEqual({
      query: '<b>x</b>',
      filters: {},
    });
    expect(writeSearchState({ query: '  ', filters: {} })).toBe('');
  });
});

describe('highlightPieces', () => {
  it('cuts the original text, marks and all, at the given positions', () => {
    expect(highlightPieces('Thủ tục đăng ký khai sinh', [[8, 15]])).toEqual([
      { text: 'Thủ tục ', marked: false },
      { text: 'đăng ký', marked: true },
      { text: ' khai sinh', marked: false },
    ]);
  });

  it('survives overlapping and out-of-range positions', () => {
    const pieces = highlightPieces('abc', [
      [1, 2],
      [0, 2],
      [2, 9],
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe('abc');
  });
});
