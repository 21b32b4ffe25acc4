/**
 * Life events and papers in the search (issue 14), on a small catalogue: an event is found by its
 * everyday words and comes first; a paper the citizen holds ("giấy chứng sinh") finds the
 * procedure whose documents name it; a thing typed alone finds the procedure that issues it.
 */
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { decodeSearchAsset } from '../../src/lib/search/asset-decode';
import { encodeSearchAsset } from '../../src/lib/search/asset-encode';
import type { EventInput } from '../../src/lib/search/asset-format';
import { documentPhrases } from '../../src/lib/search/document-pairs';
import { createSearchIndex, search } from '../../src/lib/search/engine';
import { aProcedure } from '../support/procedure';

const paper = (name: string) => ({ name, originals: 1, copies: 0 });

const PROCEDURES: Procedure[] = [
  aProcedure({
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    documents: [
      paper('Giấy chứng sinh hoặc giấy tờ thay thế'),
      paper('Trường hợp trẻ em bị bỏ rơi: biên bản'),
    ],
  }),
  aProcedure({
    code: '1.008682',
    name: 'Cấp Giấy chứng nhận cơ sở bảo tồn đa dạng sinh học',
    field: 'Môi trường',
  }),
  aProcedure({
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    documents: [paper('Giấy báo tử hoặc giấy tờ thay')],
  }),
  aProcedure({ code: '1.001456', name: 'Cấp hộ chiếu phổ thông ở trong nước', field: 'Xuất nhập cảnh' }),
  aProcedure({ code: '1.001445', name: 'Trình báo mất hộ chiếu phổ thông', field: 'Xuất nhập cảnh' }),
  aProcedure({
    code: '2.000986',
    name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế',
  }),
  ...Array.from({ length: 40 }, (_, n) =>
    aProcedure({ code: `9.${String(n).padStart(6, '0')}`, name: `Thủ tục khác số ${n}`, field: 'Khác' }),
  ),
];

const EVENTS: EventInput[] = [
  {
    url: '/su-kien/sinh-con/',
    title: 'Sinh con',
    description: 'Các thủ tục cho em bé mới sinh.',
    words: ['sinh con', 'có em bé'],
    codes: ['2.000986', '1.001193'],
  },
];

function indexOf(events: EventInput[]) {
  const asset = encodeSearchAsset({
    procedures: PROCEDURES,
    pages: [],
    events,
    groupNames: new Map(),
    // The conversational words of the real synonym file, which decide what a query says beyond an event's words.
    synonyms: { groups: [], optionalWords: ['thu tuc', 'lam', 'can', 'gi', 'cho', 'con'] },
  });
  return createSearchIndex(decodeSearchAsset(JSON.parse(JSON.stringify(asset))));
}

const index = indexOf(EVENTS);
const answers = (query: string, filters = {}) =>
  search(index, query, filters).hits.map((hit) => hit.record.code ?? hit.record.url);

describe('life events in the search', () => {
  it('are found by their everyday words, typed without diacritics, and come before procedures', () => {
    expect(answers('sinh con')[0]).toBe('/su-kien/sinh-con/');
    expect(answers('co em be')[0]).toBe('/su-kien/sinh-con/');
    expect(answers('sinh con can lam gi')[0]).toBe('/su-kien/sinh-con/');
  });

  it('follow the procedure whose name the query is, word for word', () => {
    const named = indexOf([{ ...EVENTS[0]!, words: ['sinh con', 'đăng ký khai sinh'] }]);
    const order = search(named, 'dang ky khai sinh').hits.map((hit) => hit.record.code ?? hit.record.url);
    expect(order.slice(0, 2)).toEqual(['1.001193', '/su-kien/sinh-con/']);
  });

  it('show their first procedures, by name, linking to their pages', () => {
    const hit = search(index, 'sinh con').hits[0];
    expect(hit?.record.eventProcedures).toEqual([
      { code: '2.000986', title: PROCEDURES[5]?.name, url: '/thu-tuc/2.000986/' },
      { code: '1.001193', title: 'Thủ tục đăng ký khai sinh', url: '/thu-tuc/1.001193/' },
    ]);
  });

  it('are not found by loose words of their title or by a part of an everyday word', () => {
    expect(answers('khai sinh')).not.toContain('/su-kien/sinh-con/');
    expect(answers('em be')).not.toContain('/su-kien/sinh-con/');
  });

  it('leave the results when a filter is set, as articles do', () => {
    expect(answers('sinh con', { tier: 'xa' })).not.toContain('/su-kien/sinh-con/');
  });
});

describe('papers in the search', () => {
  it('a paper named in full finds the procedure whose documents hold it, before names that hold its words apart', () => {
    expect(answers('giay chung sinh')[0]).toBe('1.001193');
    expect(answers('giấy báo tử')[0]).toBe('1.000656');
  });

  it('keeps the heads of papers, not notes, and not what the name already says', () => {
    const [birth] = documentPhrases(PROCEDURES);
    expect(birth).toEqual(['giay chung sinh']);
  });

  it('a thing typed alone finds the procedure that issues it first', () => {
    expect(answers('ho chieu')[0]).toBe('1.001456');
  });
});
