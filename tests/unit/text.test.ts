import { describe, expect, it } from 'vitest';
import { foldVietnamese, stripMarks } from '../../src/lib/text/fold';
import { isSlug, slugify } from '../../src/lib/text/slug';
import { sortVietnamese } from '../../src/lib/text/collate';

describe('foldVietnamese', () => {
  it('lets a citizen typing without marks match the official spelling', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldVietnamese('  ĐĂNG   KÝ\tKẾT HÔN ')).toBe('dang ky ket hon');
  });

  it('folds đ and Đ, which Unicode does not decompose', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldVietnamese('Đồng Tháp đất đai')).toBe('dong thap dat dai');
  });

  it('treats decomposed (NFD) input and old tone placement the same as NFC', () => {
    expect(foldVietnamese('Ủy ban'.normalize('NFD'))).toBe('uy ban');
    expect(foldVietnamese('Uỷ ban')).toBe(foldVietnamese('Ủy ban'));
    expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
  });

  it('keeps the length of NFC text, so highlight positions line up', () => {
    const name = 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh';
    expect(stripMarks(name)).toHaveLength(name.length);
  });
});

describe('slugify', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang-ky-khai-sinh'],
    ['Đắk Lắk', 'dak-lak'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
    ['Ủy ban nhân dân', 'uy-ban-nhan-dan'],
    ['Bà Rịa–Vũng Tàu', 'ba-ria-vung-tau'],
    ['Kế hoạch 228/KH-UBND (2017)', 'ke-hoach-228-kh-ubnd-2017'],
    ['  Bưu chính công ích!  ', 'buu-chinh-cong-ich'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('produces only ASCII letters, digits and dashes', () => {
    expect(slugify('Thành phố thông minh Mỹ Tho – giai đoạn 1')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('recognises a slug and rejects a title', () => {
    expect(isSlug('dang-ky-khai-sinh')).toBe(true);
    expect(isSlug('Đăng ký')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});

describe('sortVietnamese', () => {
  it('follows the Vietnamese alphabet, with đ after d and accented capitals in place', () => {
    const sorted = sortVietnamese(
      ['Đồng Tháp', 'Ý Yên', 'Yên Bái', 'An Giang', 'Dak', 'Ăn', 'Bến Tre'],
      (s) => s,
    );
    expect(sorted).toEqual(['An Giang', 'Ăn', 'Bến Tre', 'Dak', 'Đồng Tháp', 'Ý Yên', 'Yên Bái']);
  });
});
