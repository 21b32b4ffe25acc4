/**
 * What a citizen most likely means (issue 24), on a small catalogue of real procedure names: the
 * plain act before its undoing, the everyday version before a special case, the query's words
 * standing together before the same words scattered, and a situation told as a sentence finding
 * its life event without any of the event's everyday words.
 */
import { describe, expect, it } from 'vitest';
import type { Procedure, Tier } from '../../src/lib/catalogue/schema';
import { decodeSearchAsset } from '../../src/lib/search/asset-decode';
import { encodeSearchAsset } from '../../src/lib/search/asset-encode';
import type { EventInput } from '../../src/lib/search/asset-format';
import { createSearchIndex, search } from '../../src/lib/search/engine';
import { eventSituationText } from '../../src/lib/events/situation';
import { longestRunTogether } from '../../src/lib/search/names';
import { undoingVerbOf } from '../../src/lib/search/priors';
import { keepBelowPlainActs } from '../../src/lib/search/rerank';
import { ALL_WORDS, CODE_TYPED } from '../../src/lib/search/scoring';
import { aProcedure } from '../support/procedure';

const named = (code: string, name: string, tiers: Tier[] = ['xa'], field = 'Khác'): Procedure =>
  aProcedure({ code, name, tiers, field });

const PROCEDURES: Procedure[] = [
  // The undoing act and the special case have the shorter names, which alone would put them first.
  named('1.003197', 'Xóa đăng ký phương tiện vui chơi dưới nước', ['xa'], 'Đường thủy nội địa'),
  named('2.001215', 'Đăng ký phương tiện vui chơi dưới nước lần đầu', ['xa'], 'Đường thủy nội địa'),
  named('2.000497', 'Đăng ký khai tử có yếu tố nước ngoài', ['xa'], 'Hộ tịch'),
  named('1.000656', 'Thủ tục đăng ký khai tử tại Ủy ban nhân dân cấp xã phường', ['xa'], 'Hộ tịch'),
  named('2.000001', 'Cấp chứng chỉ hành nghề cho cán bộ xã về lương hưu', ['tinh'], 'Lao động'),
  named('2.000002', 'Giải quyết hưởng lương hưu đối với cán bộ xã', ['tinh'], 'Bảo hiểm xã hội'),
  named('1.001193', 'Thủ tục đăng ký khai sinh', ['xa'], 'Hộ tịch'),
  named('1.000894', 'Thủ tục đăng ký kết hôn', ['xa'], 'Hộ tịch'),
  // The extension is listed first and its name is as long: only the prior puts the plain act first.
  named('1.013227', 'Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ', ['xa'], 'Hoạt động xây dựng'),
  named('1.013225', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', ['xa'], 'Hoạt động xây dựng'),
  named('3.000441', 'Trả lại giấy phép khai thác nước mặt', ['tinh'], 'Tài nguyên nước'),
  named('3.000440', 'Cấp giấy phép khai thác nước mặt cho hộ gia đình', ['tinh'], 'Tài nguyên nước'),
  named('2.000806', 'Cấp giấy xác nhận tình trạng hôn nhân để cưới vợ ở nước khác', ['xa'], 'Hộ tịch'),
  // The stop and the update hold "đăng ký hộ kinh doanh" side by side; the act itself does not.
  named(
    '1.014035',
    'Dừng thực hiện thủ tục đăng ký hộ kinh doanh',
    ['xa'],
    'Thành lập và hoạt động của hộ kinh doanh',
  ),
  named(
    '1.014034',
    'Đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký hộ kinh doanh',
    ['xa'],
    'Thành lập và hoạt động của hộ kinh doanh',
  ),
  named('1.001612', 'Đăng ký thành lập hộ kinh doanh', ['xa'], 'Thành lập và hoạt động của hộ kinh doanh'),
  // The removal's name is shorter, and the certificate's opens with what it gives.
  named('1.003681', 'Xóa đăng ký tàu cá', ['tinh'], 'Thủy sản'),
  named('1.003650', 'Cấp giấy chứng nhận đăng ký tàu cá', ['tinh'], 'Thủy sản'),
  ...Array.from({ length: 30 }, (_, n) => named(`9.${String(n).padStart(6, '0')}`, `Thủ tục khác số ${n}`)),
];

const EVENTS: EventInput[] = [
  {
    url: '/su-kien/sinh-con/',
    title: 'Sinh con',
    description: 'Các thủ tục cho em bé mới sinh.',
    words: ['sinh con', 'có em bé'],
    codes: ['1.001193'],
    situation: 'Khai sinh cho con\nCha hoặc mẹ đăng ký trong 60 ngày kể từ ngày sinh của bé.',
  },
  {
    url: '/su-kien/ket-hon/',
    title: 'Kết hôn',
    description: 'Đăng ký kết hôn cho hai người.',
    words: ['cưới vợ', 'lấy chồng'],
    codes: ['1.000894'],
    situation: 'Hai người cùng đến ủy ban để ký vào sổ đăng ký kết hôn.',
  },
];

const asset = encodeSearchAsset({
  procedures: PROCEDURES,
  pages: [],
  events: EVENTS,
  groupNames: new Map(),
  synonyms: {
    groups: [],
    optionalWords: ['thu tuc', 'lam', 'gi', 'can', 'toi', 'thi', 'phai', 'nhung', 'vua', 'cho'],
  },
});
const index = createSearchIndex(decodeSearchAsset(JSON.parse(JSON.stringify(asset))));
const answers = (query: string) => search(index, query).hits.map((hit) => hit.record.code ?? hit.record.url);

describe('ranking priors', () => {
  it('puts the plain act before its undoing, unless the query names the undoing verb', () => {
    expect(answers('dang ky phuong tien vui choi duoi nuoc')[0]).toBe('2.001215');
    expect(answers('xoa dang ky phuong tien vui choi duoi nuoc')[0]).toBe('1.003197');
    // "Cấp giấy chứng nhận đăng ký …" gives what "Xóa đăng ký …" takes away.
    expect(answers('dang ky tau ca')[0]).toBe('1.003650');
    expect(answers('xoa dang ky tau ca')[0]).toBe('1.003681');
  });

  it('keeps the act itself first even when its undoing or update holds the query word for word', () => {
    expect(answers('dang ky ho kinh doanh')[0]).toBe('1.001612');
    expect(answers('dung thuc hien thu tuc dang ky ho kinh doanh')[0]).toBe('1.014035');
    expect(answers('cap nhat thong tin ho kinh doanh')[0]).toBe('1.014034');
  });

  it('puts the everyday version before a special case the query does not name', () => {
    expect(answers('dang ky khai tu')[0]).toBe('1.000656');
    expect(answers('dang ky khai tu nuoc ngoai')[0]).toBe('2.000497');
  });

  it('puts the plain act before an extension or a handing back, unless the query names it', () => {
    expect(answers('giay phep xay dung nha o rieng le')[0]).toBe('1.013225');
    expect(answers('gia han giay phep xay dung nha o rieng le')[0]).toBe('1.013227');
    expect(answers('giay phep khai thac nuoc mat')[0]).toBe('3.000440');
    expect(answers('tra lai giay phep khai thac nuoc mat')[0]).toBe('3.000441');
  });

  it('puts the life event first when the query tells what happened, the procedure when it names one', () => {
    expect(answers('cuoi vo can lam gi')[0]).toBe('/su-kien/ket-hon/');
    const named = answers('xac nhan tinh trang hon nhan cuoi vo nuoc khac');
    expect(named[0]).toBe('2.000806');
    expect(named).toContain('/su-kien/ket-hon/');
  });

  it('puts a name holding the query as one phrase before one holding its words scattered', () => {
    expect(answers('luong huu can bo xa')[0]).toBe('2.000002');
  });

  it('caps an act just below its plain act in the same band, never one whose code was typed', () => {
    // Ids 0 and 1 are acts on what id 2 gives; id 3 is an act whose plain act did not match every word.
    const key = Float64Array.from([ALL_WORDS + 0.9, CODE_TYPED, ALL_WORDS + 0.5, ALL_WORDS + 0.9, 2.5]);
    const final = new Map([
      [0, 5.5],
      [1, 9],
      [2, 5.2],
      [3, 5.5],
      [4, 3],
    ]);
    keepBelowPlainActs(
      final,
      new Map([
        [0, [2]],
        [1, [2]],
        [3, [4]],
      ]),
      key,
    );
    expect(final.get(0)).toBeLessThan(5.2);
    expect(final.get(0)).toBeGreaterThan(5.19);
    expect(final.get(1)).toBe(9);
    expect(final.get(3)).toBe(5.5);
  });

  it('reads the undoing verb after the name’s opening words', () => {
    expect(undoingVerbOf(['thu', 'tuc', 'xoa', 'dang', 'ky'])).toEqual(['xoa']);
    expect(undoingVerbOf(['dang', 'ky', 'xoa', 'no'])).toBeUndefined();
  });

  it('measures the longest run of the query’s words in order, weighted when asked', () => {
    const name = ['giai', 'quyet', 'luong', 'huu', 'can', 'bo', 'xa'];
    expect(longestRunTogether(name, ['luong', 'huu', 'xa'])).toBe(2);
    expect(longestRunTogether(name, ['huu', 'luong'])).toBe(1);
    expect(longestRunTogether(name, ['luong', 'huu', 'xa'], undefined, [1, 1, 5])).toBe(5);
    // A word still being typed counts where a name's word starts with it.
    expect(longestRunTogether(name, ['can', 'b'], 'b')).toBe(2);
  });
});

describe('a situation told as a sentence', () => {
  it('offers the life event it is about, though the sentence holds none of the event’s everyday words', () => {
    const found = answers('vo toi vua sinh be thi phai lam nhung gi');
    // No procedure holds half of what the sentence says: the event comes first.
    expect(found[0]).toBe('/su-kien/sinh-con/');
    expect(found.slice(0, 3)).not.toContain('/su-kien/ket-hon/');
    // A procedure named in passing stays first, the event after it.
    const named = answers('toi muon dang ky khai sinh cho be nha minh');
    expect(named[0]).toBe('1.001193');
    expect(named.slice(0, 3)).toContain('/su-kien/sinh-con/');
  });

  it('offers no event for a query too short to be a sentence, or for one word met by chance', () => {
    // Three words, one optional: not yet a sentence; with a fourth, the same words are one.
    expect(answers('vua sinh be')).not.toContain('/su-kien/sinh-con/');
    expect(answers('vo toi vua sinh be')).toContain('/su-kien/sinh-con/');
    // "ngày" is in the birth event's text only, and no other word of the query is.
    const byChance = answers('toi can lam giay to cho ngay nghi');
    expect(byChance).not.toContain('/su-kien/sinh-con/');
    expect(byChance).not.toContain('/su-kien/ket-hon/');
  });
});

describe('what an event page tells the search', () => {
  it('is its steps, their notes and its text, without link targets, Markdown marks or comments', () => {
    const text = eventSituationText({
      body: '## Khi bé chào đời\n\nXem [khai sinh](/thu-tuc/1.001193/) **sớm**. <!-- ghi chú của biên tập -->',
      steps: [{ title: 'Khai sinh cho con', procedures: [{ note: 'Trong 60 ngày.' }, {}] }],
    });
    expect(text).toContain('Khai sinh cho con');
    expect(text).toContain('Trong 60 ngày.');
    expect(text).toContain('Khi bé chào đời');
    expect(text).toContain('khai sinh');
    expect(text).not.toMatch(/thu-tuc|\*\*|##|ghi chú của biên tập/);
  });
});
