import { describe, expect, it } from 'vitest';
import { cardForPath, cardIdForPath } from '../../src/lib/social/card-path';

describe('which social card a page uses', () => {
  const drawn = new Set(['trang-chu', 'thu-tuc', 'huong-dan', 'huong-dan--dich-vu-cong-muc-do-3']);

  it('names cards after the page path', () => {
    expect(cardIdForPath('/')).toBe('trang-chu');
    expect(cardIdForPath('/huong-dan/dich-vu-cong-muc-do-3/')).toBe('huong-dan--dich-vu-cong-muc-do-3');
    expect(cardIdForPath('/gioi-thieu/')).toBe('gioi-thieu');
  });

  it("uses the page's own card when one was drawn", () => {
    expect(cardForPath('/huong-dan/dich-vu-cong-muc-do-3/', drawn)).toBe(
      '/the-chia-se/huong-dan--dich-vu-cong-muc-do-3.png',
    );
  });

  it('shares the section card among procedure pages', () => {
    expect(cardForPath('/thu-tuc/1.001193/', drawn)).toBe('/the-chia-se/thu-tuc.png');
    expect(cardForPath('/thu-tuc/cach-nop/buu-chinh/', drawn)).toBe('/the-chia-se/thu-tuc.png');
  });

  it('falls back to the home card', () => {
    expect(cardForPath('/trang-la/', drawn)).toBe('/the-chia-se/trang-chu.png');
    expect(cardForPath('/', drawn)).toBe('/the-chia-se/trang-chu.png');
  });
});
