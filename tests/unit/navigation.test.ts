import { describe, expect, it } from 'vitest';
import { breadcrumbs, entryPath, isInSection, procedurePath, SECTION_PATHS } from '../../src/lib/navigation';

describe('stable section URLs', () => {
  it('are ASCII, lower case and end with a slash, so printed addresses keep working', () => {
    for (const path of Object.values(SECTION_PATHS)) {
      expect(path).toMatch(/^\/[a-z0-9-]+\/$/);
    }
  });

  it('build entry and procedure addresses', () => {
    expect(entryPath('guides', 'tao-tai-khoan')).toBe('/huong-dan/tao-tai-khoan/');
    expect(procedurePath('1.001193')).toBe('/thu-tuc/1.001193/');
  });
});

describe('breadcrumbs', () => {
  it('start at home and end with the current page, which is not a link', () => {
    expect(breadcrumbs('Trang chủ', [{ label: 'Hướng dẫn', href: '/huong-dan/' }], 'Tạo tài khoản')).toEqual([
      { label: 'Trang chủ', href: '/' },
      { label: 'Hướng dẫn', href: '/huong-dan/' },
      { label: 'Tạo tài khoản' },
    ]);
  });
});

describe('isInSection', () => {
  it('marks a section current on its pages only', () => {
    expect(isInSection('/huong-dan/tao-tai-khoan/', '/huong-dan/')).toBe(true);
    expect(isInSection('/huong-dan', '/huong-dan/')).toBe(true);
    expect(isInSection('/tin-tuc/', '/huong-dan/')).toBe(false);
  });
});
