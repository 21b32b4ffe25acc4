/**
 * What editors write about one procedure (a plain summary, a warning about its record) and the
 * checks a life event's steps get against their procedures' own records.
 */
import { describe, expect, it } from 'vitest';
import { frontmatterProblemsInWords } from '../../src/i18n/frontmatter';
import { eventRecordProblems } from '../../src/lib/events/record-check';
import { procedureSummarySchema, recordNoteSchema } from '../../src/lib/content/procedure-note-schemas';
import { noteProblems } from '../../src/lib/procedure-notes/check';
import { aProcedure } from '../support/procedure';

const summary = {
  code: '1.001193',
  updated: '2026-12-06',
  reviewBy: '2027-06-06',
  who: 'Cha hoặc mẹ của trẻ.',
  bring: ['Giấy chứng sinh'],
  steps: ['Vào cổng', 'Điền tờ khai', 'Nhận giấy khai sinh'],
  time: 'Trong ngày',
  cost: 'Miễn lệ phí khi đăng ký đúng hạn',
  where: 'Ủy ban nhân dân cấp xã',
  sources: [{ title: 'Thủ tục 1.001193', url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x' }],
};

/** What `npm run check` tells the editor first about this front matter. */
function firstProblem(schema: Parameters<typeof frontmatterProblemsInWords>[0], data: unknown): string | undefined {
  return frontmatterProblemsInWords(schema, 'x.md', data)[0]?.message;
}

describe('a summary of a top task', () => {
  it('holds who, what everyone brings, three to six steps, time, cost and where, with sources', () => {
    expect(procedureSummarySchema.safeParse(summary).success).toBe(true);
    expect(firstProblem(procedureSummarySchema, { ...summary, steps: ['a', 'b'] })).toMatch(/từ 3 đến 6 dòng/);
    expect(procedureSummarySchema.safeParse({ ...summary, sources: [] }).success).toBe(false);
    expect(firstProblem(procedureSummarySchema, { ...summary, code: 1.001193 })).toMatch(/ngoặc kép/);
  });

  it('a record warning says whether the record is out of date or defective', () => {
    const note = {
      code: '2.000986',
      kind: 'outdated',
      title: 'Bản ghi này mô tả cách làm cũ',
      updated: '2026-12-06',
      reviewBy: '2027-06-06',
      sources: summary.sources,
    };
    expect(recordNoteSchema.safeParse(note).success).toBe(true);
    expect(firstProblem(recordNoteSchema, { ...note, kind: 'old' })).toMatch(/outdated/);
  });
});

describe('checks on notes about procedures', () => {
  const codes = new Set(['1.001193', '1.000894']);

  it('refuses an unknown code, a file named after another code and two files for one code', () => {
    const problems = noteProblems(
      [
        { file: 'content/tom-tat/1-001193.md', slug: '1-001193', code: '1.001193', updated: '2026-12-06' },
        { file: 'content/tom-tat/9-999999.md', slug: '9-999999', code: '9.999999', updated: '2026-12-06' },
        { file: 'content/tom-tat/ket-hon.md', slug: 'ket-hon', code: '1.000894', updated: '2026-12-06' },
        { file: 'content/tom-tat/khai-sinh.md', slug: 'khai-sinh', code: '1.001193', updated: '2026-12-06' },
      ],
      codes,
      '2026-07-20',
    );
    expect(problems.map((p) => [p.file, p.kind])).toEqual([
      ['content/tom-tat/9-999999.md', 'unknownCode'],
      ['content/tom-tat/ket-hon.md', 'fileName'],
      ['content/tom-tat/khai-sinh.md', 'fileName'],
      ['content/tom-tat/khai-sinh.md', 'duplicate'],
    ]);
  });

  it('warns when the catalogue was updated after a summary was reviewed', () => {
    const note = { file: 'content/tom-tat/1-001193.md', slug: '1-001193', code: '1.001193', updated: '2026-06-01' };
    expect(noteProblems([note], codes, '2026-07-20')).toEqual([
      { file: note.file, kind: 'stale', code: '1.001193', updated: '2026-06-01', asOf: '2026-07-20' },
    ]);
    expect(noteProblems([{ ...note, updated: '2026-12-06' }], codes, '2026-07-20')).toEqual([]);
  });
});

describe("a life event's steps against their procedures' records", () => {
  const inPersonOnly = aProcedure({ code: '1.013067', methods: [{ kind: 'truc-tiep' }] });
  const oldRecord = aProcedure({
    code: '2.000986',
    methods: [{ kind: 'truc-tiep' }],
    documents: [{ name: 'Sổ hộ khẩu của cha, mẹ (bản chính)', originals: 1, copies: 0 }],
    steps: ['Chuyển hồ sơ cho Công an cấp huyện'],
  });
  const byCode = new Map([inPersonOnly, oldRecord].map((p) => [p.code, p]));

  it('flags a step that says "trực tuyến" for a procedure the record offers only at the office', () => {
    expect(
      eventRecordProblems([{ title: 'Đăng ký xe', procedures: [{ code: '1.013067', note: 'Làm trực tuyến' }] }], byCode, new Set()),
    ).toEqual([{ kind: 'onlineButInPerson', code: '1.013067', step: 0, index: 0 }]);
    expect(
      eventRecordProblems([{ title: 'Đăng ký xe', procedures: [{ code: '1.013067', note: 'Nộp tại công an' }] }], byCode, new Set()),
    ).toEqual([]);
  });

  it('flags a record that names the district tier or the household book, unless editors wrote a warning', () => {
    const steps = [{ title: 'Khai sinh', procedures: [{ code: '2.000986' }] }];
    expect(eventRecordProblems(steps, byCode, new Set())).toEqual([
      { kind: 'goneBodies', code: '2.000986', step: 0, index: 0, words: ['cấp huyện', 'sổ hộ khẩu'] },
    ]);
    expect(eventRecordProblems(steps, byCode, new Set(['2.000986']))).toEqual([]);
  });
});

describe('the committed content', () => {
  it('has a plain summary for every top task on the home page', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const tasks = JSON.parse(readFileSync('content/top-tasks.json', 'utf8')) as { code: string }[];
    const missing = tasks.filter((task) => !existsSync(`content/tom-tat/${task.code.replace('.', '-')}.md`));
    expect(missing).toEqual([]);
    expect(tasks.length).toBeGreaterThanOrEqual(8);
  });
});
