import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import {
  breadcrumbs,
  entryPath,
  GUIDE_PATHS,
  isInSection,
  levelGuidePath,
  procedurePath,
  SECTION_PATHS,
} from '../../src/lib/navigation';

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

describe('guides a procedure page points to', () => {
  it('picks the guide of the stated level or mode, else the overview', () => {
    expect(levelGuidePath({ onlineLevel: 3 })).toBe('/huong-dan/dich-vu-cong-muc-do-3/');
    expect(levelGuidePath({ onlineMode: 'toan-trinh' })).toBe('/huong-dan/toan-trinh-va-mot-phan/');
    expect(levelGuidePath({})).toBe('/huong-dan/cac-muc-do-dich-vu-cong-truc-tuyen/');
  });

  it('all exist as Markdown files, so no procedure page links to a missing guide', () => {
    const paths = [
      GUIDE_PATHS.postal,
      GUIDE_PATHS.onlineLevels,
      GUIDE_PATHS.onlineModes,
      ...[2, 3, 4].map((l) => GUIDE_PATHS.level(l as 2 | 3 | 4)),
    ];
    const folders: Record<string, string> = { 'huong-dan': 'guides', 'buu-chinh-cong-ich': 'postal' };
    for (const path of paths) {
      const [, section, slug] = path.split('/');
      expect(existsSync(`content/${folders[section!]}/${slug}.md`), path).toBe(true);
    }
  });
});
