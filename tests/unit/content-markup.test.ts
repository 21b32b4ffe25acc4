/**
 * Editor Markdown is content, not code (issue 20): raw HTML beyond a few inline tags, links outside
 * https:, mailto:, tel: and this site, pictures that are not pictures or too large, files too long,
 * and two files at one address are refused by `npm run check` (and so by the build's gate), each
 * with its file and line.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateAddressProblems } from '../../scripts/lib/content-check/addresses';
import { checkFile } from '../../scripts/lib/content-check/checks';
import { readContentFiles, type ContentFile } from '../../scripts/lib/content-check/content-files';
import { MAX_MARKDOWN_BYTES, MAX_PICTURE_BYTES, rawHtmlProblems } from '../../src/lib/content/limits';

const site = {
  paths: new Set(['/huong-dan/']),
  procedureCodes: new Set<string>(),
  groupIds: new Set<string>(),
  procedures: new Map(),
  catalogueAsOf: '2026-07-20',
};
const today = new Date('2026-12-06T03:00:00Z');

/** A news item in a scratch folder, with files beside it. */
function news(body: string[], extra: string[] = [], files: Record<string, Buffer> = {}): ContentFile {
  const folder = mkdtempSync(join(tmpdir(), 'markup-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  const text = [
    '---',
    'title: Tin thử',
    'description: Tin dùng để thử các quy tắc kiểm tra nội dung.',
    'date: 2026-12-06',
    'reviewBy: 2027-06-06',
    ...extra,
    'sources:',
    '  - title: Nguồn thử',
    '    url: https://example.org/',
    '---',
    '',
    ...body,
    '',
  ].join('\n');
  return {
    file: 'content/news/thu.md',
    absolute: join(folder, 'thu.md'),
    collection: 'news',
    slug: 'thu',
    path: '/tin-tuc/thu/',
    text,
  };
}

const errors = (content: ContentFile) =>
  checkFile(content, site, today).filter((problem) => problem.severity === 'error').map((p) => `${p.line}: ${p.message}`);

describe('raw HTML in an editor\'s Markdown', () => {
  it('refuses a refresh that sends readers away, a script, an iframe, a style, an onerror, with their lines', () => {
    const found = errors(
      news([
        'Đoạn đầu.', // line 11 of the file
        '',
        '<meta http-equiv="refresh" content="1;url=https://example.org">',
        '',
        '<script>alert(1)</script>',
        '',
        'Chữ <img src="x" onerror="alert(1)"> giữa câu, <iframe src="https://example.org"></iframe>.',
        '',
        '<style>body { display: none }</style>',
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(/^13: .*«<meta>»/),
      expect.stringMatching(/^15: .*«<script>»/),
      expect.stringMatching(/^17: .*«<img>»/),
      expect.stringMatching(/^17: .*«<iframe>»/),
      expect.stringMatching(/^19: .*«<style>»/),
    ]);
    expect(found[0]).toContain('Hãy viết bằng Markdown');
  });

  it('lets through the few inline tags it allows, without attributes other than those listed', () => {
    expect(errors(news(['Nộp ở <abbr title="Ủy ban nhân dân">UBND</abbr> xã; bấm <kbd>Gửi</kbd>.<br>H<sub>2</sub>O']))).toEqual([]);
    expect(errors(news(['<abbr title="x" onclick="alert(1)">UBND</abbr>']))).toEqual([
      expect.stringMatching(/thuộc tính «onclick»/),
    ]);
    expect(rawHtmlProblems('<!-- ghi chú cho biên tập viên -->', 3)).toEqual([]);
  });

  it('refuses links that are not https, mailto, tel or this site', () => {
    const found = errors(
      news([
        '[Bấm để xem](javascript:alert(1)) và [trang cũ](http://example.org/) và [tệp](data:text/html,x).',
        '[Gọi](tel:02773898989), [thư](mailto:a@example.org), [cổng](https://dichvucong.gov.vn), [hướng dẫn](/huong-dan/).',
      ]),
    );
    expect(found).toEqual([
      expect.stringMatching(/^11: Liên kết «javascript:alert\(1\)» không được phép/),
      expect.stringMatching(/^11: Liên kết «http:\/\/example.org\/» không được phép/),
      expect.stringMatching(/^11: Liên kết «data:text\/html,x» không được phép/),
    ]);
  });
});

describe('pictures and sizes', () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

  it('refuses an SVG picture in the front matter or the body', () => {
    const content = news(['![Bản đồ](./ban-do.svg)'], ['image: ./anh.svg', 'imageAlt: Ảnh thử'], {
      'anh.svg': svg,
      'ban-do.svg': svg,
    });
    const found = errors(content);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^6: «\.\/anh\.svg» không phải loại ảnh được đăng/);
    expect(found[1]).toMatch(/^13: «\.\/ban-do\.svg» không phải loại ảnh/);
  });

  it('names a front-matter picture that is missing, and one that is too large', () => {
    expect(errors(news([], ['image: ./khong-co.jpg', 'imageAlt: Ảnh thử']))).toEqual([
      expect.stringMatching(/^6: Không tìm thấy ảnh «\.\/khong-co\.jpg» ghi ở «image»/),
    ]);
    const large = Buffer.concat([jpg, Buffer.alloc(MAX_PICTURE_BYTES)]);
    expect(errors(news([], ['image: ./lon.jpg', 'imageAlt: Ảnh thử'], { 'lon.jpg': large }))).toEqual([
      expect.stringMatching(/^6: Ảnh «\.\/lon\.jpg» nặng 5,0 MB, quá giới hạn 5,0 MB/),
    ]);
  });

  it('refuses a Markdown file larger than the limit, and reads nothing else of it', () => {
    const found = errors(news(['Chữ. '.repeat(MAX_MARKDOWN_BYTES / 5)]));
    expect(found).toEqual([expect.stringMatching(/^1: Tệp nặng \d+ kB, quá giới hạn 200 kB/)]);
  });
});

describe('two files, one address', () => {
  it('are refused, naming both files', () => {
    const root = mkdtempSync(join(tmpdir(), 'address-'));
    mkdirSync(join(root, 'content/news'), { recursive: true });
    for (const name of ['Wi-Fi miễn phí ở Mỹ Tho.md', 'wi-fi-mien-phi-o-my-tho.md']) {
      writeFileSync(join(root, 'content/news', name), '---\ntitle: x\n---\n');
    }
    const problems = duplicateAddressProblems(readContentFiles(root));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/news/wi-fi-mien-phi-o-my-tho.md',
        message: expect.stringContaining(
          'cùng địa chỉ /tin-tuc/wi-fi-mien-phi-o-my-tho/ với content/news/Wi-Fi miễn phí ở Mỹ Tho.md',
        ),
      }),
    ]);
  });
});
