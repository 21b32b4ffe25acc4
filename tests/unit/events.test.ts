/**
 * Life events: the checks a set of events must pass (src/lib/events/check.ts) and how npm run
 * check reports them with file and line, what an event page says about a procedure in brief
 * (src/lib/events/brief.ts), and the template `npm run new -- events` writes.
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/content-check/checks';
import type { ContentFile } from '../../scripts/lib/content-check/content-files';
import { checkEvents } from '../../scripts/lib/content-check/events';
import { newEntry } from '../../scripts/lib/new-entry/template';
import type { ProcedureDocument } from '../../src/lib/catalogue/schema';
import { isConditional } from '../../src/lib/catalogue/documents';
import { cutAtWord, documentBrief, leadProcedures, shortDocumentName } from '../../src/lib/events/brief';
import { eventProblems, foldEventWord, type EventToCheck } from '../../src/lib/events/check';

const known = new Set(['1.001193', '2.000986', '1.000894']);

function event(file: string, words: string[], codes: string[], slug = file): EventToCheck {
  return { file: `content/su-kien/${file}.md`, slug, words, codes };
}

describe('the checks a set of life events must pass', () => {
  it('passes events whose codes are known and whose words are their own', () => {
    const events = [
      event('sinh-con', ['sinh con', 'có em bé'], ['2.000986', '1.001193']),
      event('ket-hon', ['kết hôn'], ['1.000894']),
    ];
    expect(eventProblems(events, known)).toEqual([]);
  });

  it('names a code the catalogue lacks, once however often the event lists it', () => {
    expect(eventProblems([event('a', ['a'], ['1.001193', '9.999999', '9.999999'])], known)).toEqual([
      { file: 'content/su-kien/a.md', kind: 'unknownCode', code: '9.999999' },
    ]);
  });

  it('reports a word two events share on the later file, naming the earlier, whatever the case and diacritics', () => {
    const problems = eventProblems(
      [event('a', ['Sinh con'], []), event('b', ['sinh  CON'], []), event('c', ['sinh còn'], [])],
      known,
    );
    expect(problems).toEqual([
      {
        file: 'content/su-kien/b.md',
        kind: 'sharedWord',
        word: 'sinh  CON',
        otherFile: 'content/su-kien/a.md',
      },
      {
        file: 'content/su-kien/c.md',
        kind: 'sharedWord',
        word: 'sinh còn',
        otherFile: 'content/su-kien/a.md',
      },
    ]);
  });

  it('lets one event repeat its own word', () => {
    expect(eventProblems([event('a', ['sinh con', 'Sinh con'], [])], known)).toEqual([]);
  });

  it('folds a word as the search compares it', () => {
    expect(foldEventWord('  Đẻ   Con ')).toBe(foldEventWord('de con'));
  });
});

function file(name: string, text: string): ContentFile {
  const slug = name.replace(/\.md$/, '');
  return {
    file: `content/su-kien/${name}`,
    absolute: `/x/${name}`,
    collection: 'events',
    slug,
    path: `/su-kien/${slug}/`,
    text,
  };
}

const eventText = (words: string[], codes: string[]) =>
  [
    '---',
    'title: Sự kiện',
    'description: Mô tả sự kiện.',
    'updated: 2026-12-01',
    'reviewBy: 2027-06-01',
    'words:',
    ...words.map((word) => `  - ${word}`),
    'steps:',
    '  - title: Bước một',
    '    procedures:',
    ...codes.map((code) => `      - code: "${code}"`),
    'sources:',
    '  - title: Nguồn',
    '    url: https://dichvucong.gov.vn/',
    '---',
    '',
    'Nội dung.',
    '',
  ].join('\n');

describe('npm run check on life events', () => {
  it('puts an unknown code on the line of that code, and a shared word on its own line', () => {
    const problems = checkEvents(
      [
        file('a.md', eventText(['sinh con'], ['1.001193', '9.999999'])),
        file('b.md', eventText(['có em bé', 'Sinh con'], ['1.001193'])),
      ],
      known,
    );
    expect(problems.map(({ file: where, line, field }) => ({ where, line, field }))).toEqual([
      { where: 'content/su-kien/a.md', line: 12, field: 'steps.0.procedures.1.code' },
      { where: 'content/su-kien/b.md', line: 8, field: 'words.1' },
    ]);
    expect(problems[0]?.message).toContain('9.999999');
    expect(problems[1]?.message).toContain('content/su-kien/a.md');
  });

  it('leaves a file with wrong front matter to the schema', () => {
    expect(checkEvents([file('a.md', '---\ntitle: x\n---\n')], known)).toEqual([]);
  });
});

describe('a new life event from the template', () => {
  it('is written to content/su-kien/ and refused until its word, step and code are filled in', () => {
    const entry = newEntry('events', 'Ly hôn', new Date('2026-12-01T03:00:00Z'));
    expect(entry.file).toBe('content/su-kien/ly-hon.md');
    expect(entry.address).toBe('/su-kien/ly-hon/');
    const site = { paths: new Set<string>(), procedureCodes: known, groupIds: new Set<string>(), procedures: new Map(), catalogueAsOf: '2026-07-20' };
    const problems = checkFile(file('ly-hon.md', entry.text), site, new Date('2026-12-01T03:00:00Z'));
    expect(
      problems.filter((problem) => problem.severity === 'error').map((problem) => problem.field),
    ).toEqual(expect.arrayContaining(['steps.0.procedures.0.code']));
    // Every template word is named, so none is published by mistake.
    const messages = problems.map((problem) => problem.message).join('\n');
    for (const word of ['VIẾT CÁCH GỌI', 'VIẾT BƯỚC', 'VIẾT MÃ THỦ TỤC']) expect(messages).toContain(word);
  });
});

const doc = (name: string, originals = 1, copies = 0): ProcedureDocument => ({ name, originals, copies });

describe('what to bring, in brief', () => {
  it('counts what is brought, leaving out rows that count no copy (notes)', () => {
    expect(
      documentBrief([doc('Tờ khai'), doc('Lưu ý: không cần bản giấy', 0, 0), doc('Giấy chứng sinh', 0, 1)])
        .count,
    ).toBe(2);
  });

  it('names the application form first, then what everyone brings, then what some cases need', () => {
    const brief = documentBrief([
      doc('Văn bản ủy quyền (được chứng thực) trong trường hợp ủy quyền'),
      doc('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng'),
      doc('(iv) Trường hợp trẻ em bị bỏ rơi thì phải có biên bản'),
      doc('Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ trực tiếp)'),
    ]);
    expect(brief).toEqual({
      count: 4,
      names: [
        'Tờ khai đăng ký khai sinh theo mẫu',
        'Giấy chứng sinh',
        'Văn bản ủy quyền (được chứng thực) trong trường hợp ủy quyền',
      ],
    });
  });

  it('names each document once and at most the limit', () => {
    const brief = documentBrief(
      [doc('Tờ khai CT01;'), doc('Tờ khai CT01'), doc('Giấy a'), doc('Giấy b'), doc('Giấy c')],
      3,
    );
    expect(brief.names).toEqual(['Tờ khai CT01', 'Giấy a', 'Giấy b']);
  });

  it('says nothing when the source lists no documents', () => {
    expect(documentBrief(undefined)).toEqual({ count: 0, names: [] });
  });

  it('drops the numbering and the circular a form is issued with, and cuts a long name at a word', () => {
    expect(
      shortDocumentName('(2) Phiếu đề nghị (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA)'),
    ).toBe('Phiếu đề nghị (Mẫu DC02)');
    expect(shortDocumentName('a) bản sao giấy tờ;')).toBe('Bản sao giấy tờ');
    const long = shortDocumentName('Giấy '.repeat(40), 30);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith('Giấy…')).toBe(true);
    expect(cutAtWord('ngắn', 30)).toBe('ngắn');
  });

  it('tells rows for some cases from rows for everyone', () => {
    expect(isConditional('Trường hợp ủy quyền thì…')).toBe(true);
    expect(isConditional('Đối với người dưới 14 tuổi')).toBe(true);
    expect(isConditional('Giấy chứng sinh; trường hợp không có thì…')).toBe(false);
    expect(isConditional('Tờ khai thay đổi thông tin cư trú')).toBe(false);
  });
});

describe('the procedures an event names first on the index', () => {
  const p = (code: string) => ({ code });
  const steps = [
    { procedures: [{ procedure: p('2.000986') }, { procedure: p('2.001023') }] },
    { procedures: [{ procedure: p('1.001193') }, { procedure: p('1.004222') }] },
  ];

  it('puts the liên thông procedure first and names each once', () => {
    expect(leadProcedures(steps, p('2.000986'), 3).map((item) => item.code)).toEqual([
      '2.000986',
      '2.001023',
      '1.001193',
    ]);
  });

  it('follows the steps when there is none', () => {
    expect(leadProcedures(steps, undefined, 2).map((item) => item.code)).toEqual(['2.000986', '2.001023']);
  });
});
