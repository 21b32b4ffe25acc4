import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/content-check/checks';
import { readContentFiles, type ContentFile } from '../../scripts/lib/content-check/content-files';
import { lineOfField } from '../../scripts/lib/content-check/frontmatter';
import { isVagueLinkText, linksIn } from '../../scripts/lib/content-check/links';
import { newEntry } from '../../scripts/lib/new-entry/template';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { newsSchema } from '../../src/lib/content/schemas';
import { z } from 'zod';

describe('finding the line of a front-matter field', () => {
  const frontmatter = [
    'title: Tiêu đề',
    'updated: 2026-01-01',
    'sources:',
    '  - title: Nguồn một',
    '    url: https://a.example',
    '  - title: Nguồn hai',
    '    url: sai',
  ].join('\n');

  it('finds top-level keys, not the same key inside a list', () => {
    expect(lineOfField(frontmatter, 2, ['title'])).toBe(2);
    expect(lineOfField(frontmatter, 2, ['updated'])).toBe(3);
  });

  it('follows list items to the field of the right one', () => {
    expect(lineOfField(frontmatter, 2, ['sources', 1, 'url'])).toBe(8);
    expect(lineOfField(frontmatter, 2, ['sources', 0, 'title'])).toBe(5);
  });

  it('has no line for a field that is not written', () => {
    expect(lineOfField(frontmatter, 2, ['description'])).toBeUndefined();
  });
});

describe('link text', () => {
  it('flags words that do not say where a link goes, however they are written', () => {
    for (const text of [
      'tại đây',
      'Tại đây.',
      'TAI DAY',
      'Xem thêm',
      'bấm vào đây',
      'click here',
      'Chi tiết »',
    ]) {
      expect(isVagueLinkText(text), text).toBe(true);
    }
  });

  it('accepts link text that names the destination', () => {
    for (const text of ['Cách nộp hồ sơ qua bưu điện', 'Cổng Dịch vụ công quốc gia', 'đây là hướng dẫn']) {
      expect(isVagueLinkText(text), text).toBe(false);
    }
  });

  it('finds links and pictures with their lines', () => {
    const body = 'Đoạn một.\n\nĐọc [hướng dẫn **mức 3**](/huong-dan/muc-3/).\n\n![Ảnh](./a.jpg)\n';
    expect(linksIn(body, 10)).toEqual([
      { kind: 'link', href: '/huong-dan/muc-3/', text: 'hướng dẫn mức 3', line: 12 },
      { kind: 'image', href: './a.jpg', text: 'Ảnh', line: 14 },
    ]);
  });
});

describe('a new page from the template', () => {
  const today = new Date('2026-11-26T03:00:00Z');

  it('is named after the title and published at the matching address', () => {
    const entry = newEntry('news', 'Ra mắt ứng dụng TienGiangS: tiện ích mới', today);
    expect(entry.file).toBe('content/news/ra-mat-ung-dung-tiengiangs-tien-ich-moi.md');
    expect(entry.address).toBe('/tin-tuc/ra-mat-ung-dung-tiengiangs-tien-ich-moi/');
  });

  it('has front matter the build reads, with dates six months apart', () => {
    const { data } = parseMarkdown(newEntry('news', 'Tin: "mới"', today).text);
    expect(data).toMatchObject({
      title: 'Tin: "mới"',
      date: '2026-11-26',
      updated: '2026-11-26',
      reviewBy: '2027-05-26',
    });
    // Only the placeholder source address is wrong: the editor must fill it in.
    const problems = newsSchema(z.string()).safeParse(data);
    expect(problems.success).toBe(false);
    expect(problems.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sources.0.url']);
  });

  it('refuses a title with no letters', () => {
    expect(() => newEntry('guides', '  !!! ', today)).toThrow(/không được để trống/);
  });
});

describe('checking one page as npm run check does', () => {
  const closedHosts = [
    {
      host: 'motcua.tiengiang.gov.vn',
      was: 'cổng tỉnh cũ',
      source: { title: 'Nguồn', url: 'https://a.example' },
    },
  ];
  const site = {
    paths: new Set(['/huong-dan/']),
    procedureCodes: new Set<string>(),
    groupIds: new Set<string>(), procedures: new Map(), catalogueAsOf: '2026-07-20',
  };
  const page = (frontmatter: string[], body: string[]): ContentFile => ({
    file: 'content/guides/thu.md',
    absolute: '/nowhere/content/guides/thu.md',
    collection: 'guides',
    slug: 'thu',
    path: '/huong-dan/thu/',
    text: ['---', ...frontmatter, '---', '', ...body, ''].join('\n'),
  });
  const valid = [
    'title: Trang thử',
    'description: Một trang để thử các quy tắc kiểm tra.',
    'updated: 2026-12-01',
    'reviewBy: 2027-06-01',
    'sources:',
    '  - title: Cổng tỉnh cũ, trích làm lịch sử',
    '    url: https://motcua.tiengiang.gov.vn/trang-chu/hoi-dap',
  ];
  const today = new Date('2026-12-01T03:00:00Z');
  const errors = (content: ContentFile) =>
    checkFile(content, site, today, closedHosts).filter((problem) => problem.severity === 'error');

  it('lets sources cite a closed address, and the text name it without linking', () => {
    const content = page(valid, ['Cổng cũ ở địa chỉ motcua.tiengiang.gov.vn đã ngừng nhận hồ sơ.']);
    expect(errors(content)).toEqual([]);
  });

  it('refuses a link to a closed address in the text, however it is written, on its line', () => {
    const content = page(valid, [
      'Nộp tại [cổng tỉnh](https://motcua.tiengiang.gov.vn/).',
      '',
      'Hoặc vào <http://www.motcua.tiengiang.gov.vn/tra-cuu>.',
      '',
      'Hoặc gõ https://motcua.tiengiang.gov.vn vào trình duyệt.',
      '',
      'Địa chỉ [khác](https://dichvucong.gov.vn) thì được.',
    ]);
    // The plain-http link is refused for its scheme as well (content-markup.test.ts).
    const found = errors(content)
      .filter((problem) => problem.message.includes('cổng tỉnh cũ'))
      .map((problem) => [problem.line, problem.message]);
    expect(found).toEqual(
      [
        [11, 'https://motcua.tiengiang.gov.vn/'],
        [13, 'http://www.motcua.tiengiang.gov.vn/tra-cuu'],
        [15, 'https://motcua.tiengiang.gov.vn'],
      ].map(([line, href]) => [
        line,
        expect.stringMatching(new RegExp(`^Liên kết «${href}» dẫn đến cổng tỉnh cũ`)),
      ]),
    );
  });

  it('refuses a review date earlier than the update date, on the review date line', () => {
    const content = page(
      valid.map((line) => (line.startsWith('reviewBy') ? 'reviewBy: 2026-11-30' : line)),
      ['Nội dung.'],
    );
    expect(errors(content)).toEqual([
      expect.objectContaining({ line: 5, field: 'reviewBy', message: expect.stringContaining('phải sau') }),
    ]);
  });

  it('refuses a day that is not on the calendar, with its line and field', () => {
    const content = page(
      valid.map((line) => (line.startsWith('updated') ? 'updated: 2026-13-01' : line)),
      ['Nội dung.'],
    );
    expect(errors(content)).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'updated',
        message: expect.stringContaining('không có tháng 13'),
      }),
    ]);
  });
});

describe('which files npm run check reads', () => {
  it('skips drafts as the build does: a "_" file name or a "_" folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'dvc-drafts-'));
    try {
      mkdirSync(join(root, 'content/news/_nhap'), { recursive: true });
      for (const file of ['tin.md', '_nhap/bai.md', '_bai.md'])
        writeFileSync(join(root, 'content/news', file), '');
      expect(readContentFiles(root).map((file) => [file.file, file.path])).toEqual([
        ['content/news/tin.md', '/tin-tuc/tin/'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
