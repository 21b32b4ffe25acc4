/**
 * The "Tài liệu tuyên truyền" kit (issue 15): counting words and reading time, what a radio
 * script may hold, the lesson's minutes, the kit's front matter, and what `npm run check` says.
 * The last block measures the committed scripts, articles and lesson themselves.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/content-check/checks';
import { readContentFiles, type ContentFile } from '../../scripts/lib/content-check/content-files';
import type { SiteMap } from '../../scripts/lib/content-check/links';
import { formatProblem } from '../../scripts/lib/content-check/problems';
import { newEntry } from '../../scripts/lib/new-entry/template';
import { frontmatterProblemsInWords } from '../../src/i18n/frontmatter';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { posterSchema, radioSchema } from '../../src/lib/content/kit-schemas';
import { ARTICLE_MAX_WORDS, ARTICLE_MIN_WORDS } from '../../src/lib/kit/article';
import { activityMinutes, hasQuiz, LESSON_MINUTES } from '../../src/lib/kit/lesson';
import { kitItemPath, radioTextPath } from '../../src/lib/kit/paths';
import {
  RADIO_MAX_WORDS,
  RADIO_MIN_WORDS,
  RADIO_WORDS_PER_MINUTE,
  phoneNumbersIn,
  readingTime,
  scriptAddressProblems,
  scriptMarkupProblems,
  scriptParagraphs,
  scriptPhoneProblems,
  scriptText,
  scriptWords,
} from '../../src/lib/kit/radio';
import { countWords, markdownWords } from '../../src/lib/kit/words';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('counting spoken words', () => {
  it('counts each Vietnamese syllable between spaces, numbers too, not punctuation alone', () => {
    expect(countWords('Kính thưa bà con.')).toBe(4);
    expect(countWords('Số máy là 0277 3898989 – xin nhắc lại')).toBe(8);
    expect(countWords('  \n ')).toBe(0);
  });

  it('reads Markdown as a reader sees it: link words count, addresses and marks do not', () => {
    expect(markdownWords('## Tiêu đề\n\n**Đậm** và [bài hướng dẫn](/huong-dan/theo-doi-ho-so/).')).toBe(7);
  });
});

describe('reading time', () => {
  it(`is the words at ${RADIO_WORDS_PER_MINUTE} a minute, to the nearest five seconds`, () => {
    expect(readingTime(RADIO_WORDS_PER_MINUTE)).toEqual({ totalSeconds: 60, minutes: 1, seconds: 0 });
    expect(readingTime(200)).toEqual({ totalSeconds: 75, minutes: 1, seconds: 15 });
    expect(readingTime(193).totalSeconds).toBe(70);
    expect(readingTime(40)).toEqual({ totalSeconds: 15, minutes: 0, seconds: 15 });
  });

  it('puts one minute of air inside the allowed word range', () => {
    expect(RADIO_MIN_WORDS).toBeLessThanOrEqual(RADIO_WORDS_PER_MINUTE);
    expect(readingTime(RADIO_MAX_WORDS).totalSeconds).toBeLessThanOrEqual(90);
  });
});

describe('a radio script', () => {
  const body = 'Kính thưa bà con.\nDòng hai của đoạn một.\n\n\nĐoạn hai.\n';

  it('is its paragraphs, line breaks inside a paragraph read as spaces', () => {
    expect(scriptParagraphs(body)).toEqual(['Kính thưa bà con. Dòng hai của đoạn một.', 'Đoạn hai.']);
    expect(scriptWords(body)).toBe(11);
  });

  it('downloads as the title, the same paragraphs and the attribution line', () => {
    expect(scriptText('Tiêu đề', scriptParagraphs(body), 'Nguồn: …')).toBe(
      'Tiêu đề\n\nKính thưa bà con. Dòng hai của đoạn một.\n\nĐoạn hai.\n\nNguồn: …\n',
    );
  });

  it('holds nothing a listener cannot hear', () => {
    const marked = [
      'Đoạn thường.',
      '| a | b |',
      '## Tiêu đề',
      'Xem [bài](/ho-tro/).',
      '- mục',
      '**đậm**',
    ].join('\n');
    expect(scriptMarkupProblems(marked)).toEqual([
      { line: 2, what: 'bảng' },
      { line: 3, what: 'tiêu đề «#»' },
      { line: 4, what: 'liên kết' },
      { line: 5, what: 'danh sách' },
      { line: 6, what: 'chữ đậm, chữ nghiêng' },
    ]);
    expect(scriptMarkupProblems('Ngày 1/7/2025, bà con: 1900 54 54 81.')).toEqual([]);
  });

  it('gives only sourced phone numbers, each twice', () => {
    const known = ['0277 3898989', '1900 54 54 81'];
    expect(phoneNumbersIn('Gọi 1900 54 54 81 hoặc 0277 3898989, ngày 1/7/2025.')).toEqual([
      '1900 54 54 81',
      '0277 3898989',
    ]);
    expect(scriptPhoneProblems('Gọi 0277 3898989. Nhắc lại: 0277 3898989.', known)).toEqual([]);
    expect(scriptPhoneProblems('Gọi 1900 54 54 81.', known)).toEqual([
      { phone: '1900 54 54 81', kind: 'once' },
    ]);
    expect(scriptPhoneProblems('Gọi 0909 123 456, nhắc lại 0909 123 456.', known)).toEqual([
      { phone: '0909 123 456', kind: 'unknown' },
    ]);
  });

  it('says a web address once, plainly', () => {
    expect(scriptAddressProblems('Vào dichvucong.gov.vn. Ngày 1/7/2025.')).toEqual([]);
    expect(scriptAddressProblems('Vào dichvucong.gov.vn, nhắc lại: dichvucong.gov.vn.')).toEqual([
      { address: 'dichvucong.gov.vn', kind: 'repeated' },
    ]);
    expect(scriptAddressProblems('Vào https://dichvucong.gov.vn/p/home.')).toEqual([
      { address: 'https://dichvucong.gov.vn/p/home', kind: 'not-plain' },
    ]);
  });
});

describe('a lesson outline', () => {
  it('adds up the minutes written in brackets and needs a quiz with answers', () => {
    expect(activityMinutes('1. **Mở đầu (5 phút).** …\n2. **Bài (40 phút).**')).toEqual([5, 40]);
    expect(hasQuiz('## Câu hỏi kiểm tra\n\n1. …\n\n## Đáp án\n\n1. …')).toBe(true);
    expect(hasQuiz('## Câu hỏi kiểm tra\n')).toBe(false);
  });
});

const frontmatter = {
  title: 'Tiêu đề',
  description: 'Mô tả.',
  updated: '2026-12-01',
  reviewBy: '2027-06-01',
  sources: [{ title: 'Nguồn', url: 'https://example.org' }],
  basedOn: ['/huong-dan/theo-doi-ho-so/'],
};

describe('the kit front matter', () => {
  it('needs the site pages an item is built from, written as site addresses', () => {
    expect(radioSchema.safeParse(frontmatter).success).toBe(true);
    const { basedOn: _left, ...without } = frontmatter;
    expect(frontmatterProblemsInWords(radioSchema, 'x.md', without)[0]?.message).toContain('«basedOn»');
    expect(radioSchema.safeParse({ ...frontmatter, basedOn: ['huong-dan'] }).success).toBe(false);
  });

  it('keeps a poster to a short headline and at most four lines, with a QR target on the site', () => {
    const poster = { ...frontmatter, target: '/tra-cuu/', lines: ['Một', 'Hai'] };
    expect(posterSchema.safeParse(poster).success).toBe(true);
    const fiveLines = { ...poster, lines: ['1', '2', '3', '4', '5'] };
    expect(frontmatterProblemsInWords(posterSchema, 'x.md', fiveLines)[0]?.message).toContain('4 dòng');
    expect(posterSchema.safeParse({ ...poster, target: 'https://example.org' }).success).toBe(false);
    expect(posterSchema.safeParse({ ...poster, title: 'x'.repeat(61) }).success).toBe(false);
  });
});

const SITE: SiteMap = {
  paths: new Set(['/huong-dan/theo-doi-ho-so/', '/ho-tro/']),
  procedureCodes: new Set(),
  groupIds: new Set(), procedures: new Map(), catalogueAsOf: '2026-07-20',
};

function radioFile(body: string, basedOn = '/huong-dan/theo-doi-ho-so/'): ContentFile {
  const text = [
    '---',
    'title: Bài thử',
    'description: Mô tả.',
    'updated: 2026-12-01',
    'reviewBy: 2027-06-01',
    'basedOn:',
    `  - ${basedOn}`,
    'sources:',
    '  - title: Nguồn',
    '    url: https://example.org',
    '---',
    '',
    body,
  ].join('\n');
  return {
    file: 'content/kit/radio/bai-thu.md',
    absolute: '/nowhere/content/kit/radio/bai-thu.md',
    collection: 'radio',
    slug: 'bai-thu',
    path: kitItemPath('radio', 'bai-thu'),
    text,
  };
}

describe('npm run check on the kit', () => {
  const today = new Date('2026-12-01T00:00:00Z');

  it('names the file and says how long a radio script is and must be', () => {
    const problems = checkFile(radioFile('Kính thưa bà con. Bài này quá ngắn.'), SITE, today).map(
      formatProblem,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^LỖI content\/kit\/radio\/bai-thu\.md:13: Bài đọc có 8 chữ .* phải dài từ 150 đến 220 chữ.* Hãy viết thêm\.$/,
      ),
    ]);
  });

  it('reports a basedOn page the site does not have, on its line', () => {
    const words = Array.from({ length: 180 }, () => 'chữ').join(' ');
    const problems = checkFile(radioFile(words, '/huong-dan/khong-co/'), SITE, today).map(formatProblem);
    expect(problems).toEqual([expect.stringContaining('bai-thu.md:7: «basedOn» ghi /huong-dan/khong-co/')]);
  });

  it('starts new radio scripts and posters from a template the check refuses until filled in', () => {
    const entry = newEntry('posters', 'Áp phích thử', today);
    expect(entry.file).toBe('content/kit/posters/ap-phich-thu.md');
    expect(entry.address).toBe('/tai-lieu-tuyen-truyen/ap-phich/ap-phich-thu/');
    expect(parseMarkdown(entry.text).data).toMatchObject({
      basedOn: expect.any(Array),
      lines: expect.any(Array),
    });
  });
});

describe('the committed kit', () => {
  const files = readContentFiles(ROOT);
  const of = (collection: ContentFile['collection']) =>
    files.filter((file) => file.collection === collection);
  const bodyOf = (file: ContentFile) => parseMarkdown(file.text).body;

  it('has at least six radio scripts, four posters, three articles and a lesson', () => {
    expect(of('radio').length).toBeGreaterThanOrEqual(6);
    expect(of('posters').length).toBeGreaterThanOrEqual(4);
    expect(of('articles').length).toBeGreaterThanOrEqual(3);
    expect(of('lessons').length).toBeGreaterThanOrEqual(1);
  });

  for (const file of of('radio')) {
    it(`${file.file}: ${RADIO_MIN_WORDS}–${RADIO_MAX_WORDS} words, about a minute on air`, () => {
      const words = scriptWords(bodyOf(file));
      expect(words).toBeGreaterThanOrEqual(RADIO_MIN_WORDS);
      expect(words).toBeLessThanOrEqual(RADIO_MAX_WORDS);
      const { totalSeconds } = readingTime(words);
      expect(totalSeconds).toBeGreaterThanOrEqual(55);
      expect(totalSeconds).toBeLessThanOrEqual(85);
      expect(radioTextPath(file.slug)).toBe(`/tai-lieu-tuyen-truyen/phat-thanh/${file.slug}.txt`);
    });
  }

  for (const file of of('articles')) {
    it(`${file.file}: ${ARTICLE_MIN_WORDS}–${ARTICLE_MAX_WORDS} words`, () => {
      const words = markdownWords(bodyOf(file));
      expect(words).toBeGreaterThanOrEqual(ARTICLE_MIN_WORDS);
      expect(words).toBeLessThanOrEqual(ARTICLE_MAX_WORDS);
    });
  }

  for (const file of of('lessons')) {
    it(`${file.file}: activities fill ${LESSON_MINUTES} minutes, with a quiz and answers`, () => {
      const body = bodyOf(file);
      expect(activityMinutes(body).reduce((a, b) => a + b, 0)).toBe(LESSON_MINUTES);
      expect(hasQuiz(body)).toBe(true);
    });
  }
});
