import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { factualPageSchema, newsSchema, standalonePageSchema } from '../../src/lib/content/schemas';
import { frontmatterProblemsInWords as validateFrontmatter } from '../../src/i18n/frontmatter';

const news = newsSchema(z.string());

const validGuide = {
  title: 'Các mức độ của dịch vụ công trực tuyến',
  description: 'Mức độ 2, 3, 4 cho biết bạn làm được bao nhiêu phần của thủ tục qua mạng.',
  updated: '2026-11-26',
  reviewBy: '2027-05-26',
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
      reviewBy: '2020-01-01',
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'reviewBy',
        message: expect.stringContaining('phải sau ngày cập nhật'),
      }),
    ]);
  });

  it('reject a news item whose review date is before its publication date', () => {
    const item = { ...validGuide, updated: undefined, date: '2026-06-01', reviewBy: '2026-05-31' };
    const problems = validateFrontmatter(news, 'content/news/x.md', item);
    expect(problems.map((problem) => problem.field)).toEqual(['reviewBy']);
  });

  it('read a written date as that day, and refuse a day that is not on the calendar', () => {
    const parsed = factualPageSchema.parse(validGuide) as { updated: Date };
    expect(parsed.updated.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    for (const [written, reason] of [
      ['2026-13-01', 'không có tháng 13'],
      ['2026-02-30', 'tháng 2 năm 2026 không có ngày 30 (tháng này có 28 ngày)'],
      ['2025-04-31', 'tháng 4 năm 2025 không có ngày 31'],
      ['2026-00-10', 'không có tháng 0'],
    ]) {
      const problems = validateFrontmatter(factualPageSchema, 'x.md', { ...validGuide, updated: written });
      expect(problems, written).toEqual([
        expect.objectContaining({
          file: 'x.md',
          field: 'updated',
          message: expect.stringContaining(`ghi «${written}», nhưng`),
        }),
      ]);
      expect(problems[0]?.message, written).toContain(reason);
    }
    // 2024 is a leap year: 29 February is a real day.
    expect(validateFrontmatter(factualPageSchema, 'x.md', { ...validGuide, updated: '2024-02-29' })).toEqual(
      [],
    );
  });

  it('refuse dates in any other form, including a date already read by another parser', () => {
    for (const value of ['26/11/2026', '2026-1-5', '2026-11-26T10:00', 20261126, new Date('2026-11-26')]) {
      const problems = validateFrontmatter(factualPageSchema, 'x.md', { ...validGuide, updated: value });
      expect(problems, String(value)).toEqual([
        expect.objectContaining({ field: 'updated', message: expect.stringContaining('năm-tháng-ngày') }),
      ]);
    }
  });

  it('require a description of the picture when a news item has one', () => {
    const item = { ...validGuide, date: '2025-01-01', image: './anh.jpg' };
    const problems = validateFrontmatter(news, 'content/news/x.md', item);
    expect(problems).toEqual([expect.objectContaining({ field: 'imageAlt' })]);
  });
});

describe('a broken front matter in a fixture', () => {
  const file = 'tests/fixtures/content/tin-hong.md';
  const { data } = parseMarkdown(readFileSync(file, 'utf8'));
  const messages = validateFrontmatter(news, file, data).map((problem) => `${problem.field}: ${problem.message}`);

  it('names each wrong field, in Vietnamese, with what to do', () => {
    expect(messages).toEqual([
      `title: Thiếu «title» (Tiêu đề). Thêm dòng «title: …» vào phần đầu bài.`,
      `date: «date» (Ngày đăng) phải là một ngày viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.`,
      `sources.0.url: Địa chỉ nguồn («url») phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.`,
      `titel: Trường này không nằm trong mẫu. Kiểm tra lỗi gõ (ví dụ «titel» thay vì «title») hoặc xóa trường đó.`,
    ]);
  });
});

describe('parseMarkdown', () => {
  it('reports a YAML mistake with its line in the file', () => {
    expect(() => parseMarkdown('---\ntitle: a\ndescription: [không đóng\n---\n')).toThrowError(
      expect.objectContaining({ name: 'FrontmatterSyntaxError', line: expect.any(Number) }),
    );
  });

  it('keeps dates as the editor wrote them, so a mistyped day is never rolled over into another', () => {
    const { data } = parseMarkdown(
      '---\nupdated: 2026-11-26\ndate: 2026-13-01\nreviewBy: 2026-02-30\n---\nNội dung',
    );
    expect(data).toEqual({ updated: '2026-11-26', date: '2026-13-01', reviewBy: '2026-02-30' });
  });
});
