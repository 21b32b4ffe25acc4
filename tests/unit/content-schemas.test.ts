import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { factualPageSchema, newsSchema, standalonePageSchema } from '../../src/lib/content/schemas';
import { formatProblem, validateFrontmatter } from '../../src/lib/content/validate';

const news = newsSchema(z.string());

const validGuide = {
  title: 'Các mức độ của dịch vụ công trực tuyến',
  description: 'Mức độ 2, 3, 4 cho biết bạn làm được bao nhiêu phần của thủ tục qua mạng.',
  updated: new Date('2026-11-26'),
  reviewBy: new Date('2027-05-26'),
  sources: [{ title: 'Nghị định 42/2022/NĐ-CP', url: 'https://example.org/nd-42' }],
};

describe('front-matter schemas', () => {
  it('accept a complete factual page', () => {
    expect(validateFrontmatter(factualPageSchema, 'content/guides/a.md', validGuide)).toEqual([]);
  });

  it('require sources on factual pages but not on standalone pages', () => {
    const { sources: _omitted, ...withoutSources } = validGuide;
    const problems = validateFrontmatter(factualPageSchema, 'content/guides/a.md', withoutSources);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'sources', message: expect.stringContaining('ít nhất một nguồn') }),
    ]);
    expect(validateFrontmatter(standalonePageSchema, 'content/pages/a.md', withoutSources)).toEqual([]);
  });

  it('reject a review date before the update date', () => {
    const problems = validateFrontmatter(factualPageSchema, 'x.md', {
      ...validGuide,
      reviewBy: new Date('2020-01-01'),
    });
    expect(problems.map((p) => p.field)).toEqual(['reviewBy']);
  });

  it('require a description of the picture when a news item has one', () => {
    const item = { ...validGuide, date: new Date('2025-01-01'), image: './anh.jpg' };
    const problems = validateFrontmatter(news, 'content/news/x.md', item);
    expect(problems).toEqual([expect.objectContaining({ field: 'imageAlt' })]);
  });
});

describe('a broken front matter in a fixture', () => {
  const file = 'tests/fixtures/content/tin-hong.md';
  const { data } = parseMarkdown(readFileSync(file, 'utf8'));
  const messages = validateFrontmatter(news, file, data).map(formatProblem);

  it('names the file and each wrong field, in Vietnamese, with what to do', () => {
    expect(messages).toEqual([
      `Lỗi ở tệp ${file}: trường «title»: Thiếu «title» (Tiêu đề). Thêm dòng «title: …» vào phần đầu bài.`,
      `Lỗi ở tệp ${file}: trường «date»: «date» (Ngày đăng) phải là một ngày viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.`,
      `Lỗi ở tệp ${file}: trường «sources.0.url»: Địa chỉ nguồn («url») phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.`,
      `Lỗi ở tệp ${file}: trường «titel»: Trường này không nằm trong mẫu. Kiểm tra lỗi gõ (ví dụ «titel» thay vì «title») hoặc xóa trường đó.`,
    ]);
  });
});

describe('parseMarkdown', () => {
  it('reports a YAML mistake with its line in the file', () => {
    expect(() => parseMarkdown('---\ntitle: a\ndescription: [không đóng\n---\n')).toThrowError(
      expect.objectContaining({ name: 'FrontmatterSyntaxError', line: expect.any(Number) }),
    );
  });

  it('reads dates as dates, as the build does', () => {
    const { data } = parseMarkdown('---\nupdated: 2026-11-26\n---\nNội dung');
    expect((data as { updated: Date }).updated).toBeInstanceOf(Date);
  });
});
