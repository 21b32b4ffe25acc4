/**
 * The editors' web editor's forms (src/lib/content/editor-config.ts), made from the front-matter
 * schemas: every field of every collection has a form field with Vietnamese words, and the other
 * way round; what the forms require is what the schemas require; and an entry filled in the way
 * the forms allow passes the schema the build checks it with.
 */
import yaml from 'js-yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EDITOR_COLLECTIONS, EDITOR_FIELD_WORDS, editorWords, fieldWords } from '../../src/i18n/editor';
import { MARKDOWN_COLLECTIONS, MARKDOWN_COLLECTION_NAMES, type MarkdownCollectionName } from '../../src/lib/content/collections';
import { editorConfig } from '../../src/lib/content/editor-config';
import { NoEditorField, editorFields, fieldPaths } from '../../src/lib/content/editor-fields';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { fields, text } from '../../src/lib/content/schemas';
import { validateFrontmatter } from '../../src/lib/content/validate';

type Field = { name: string; widget?: string; required?: boolean; [key: string]: unknown };
type Collection = { name: MarkdownCollectionName; folder: string; fields: Field[]; slug: string };

const PROCEDURES = [
  { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  { code: '2.000986', name: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi' },
];

function config() {
  return editorConfig({
    backend: { host: 'github', repo: 'so-tttt/dvc', branch: 'main', authUrl: 'https://auth.example.org' },
    siteUrl: 'https://dvc.example.gov.vn',
    contentRoot: 'content',
    collections: MARKDOWN_COLLECTION_NAMES.map((name) => ({
      name,
      folder: MARKDOWN_COLLECTIONS[name].folder,
      schema: MARKDOWN_COLLECTIONS[name].schema,
    })),
    words: editorWords('Dịch vụ công trực tuyến Tiền Giang'),
    choices: { procedures: PROCEDURES, tags: ['mỹ tho', 'thành phố thông minh'] },
  }) as { backend: Record<string, string>; collections: Collection[]; output: unknown };
}

/** A value the form lets an editor enter for this field, or undefined to leave it empty. */
function sampleValue(field: Field): unknown {
  switch (field.widget) {
    case 'datetime':
      return field.name === 'reviewBy' ? '2027-06-06' : '2026-12-06';
    case 'number':
      return 1;
    case 'image':
      return undefined;
    case 'select': {
      const options = field['options'] as ({ value: string } | string)[];
      const first = options[0];
      const value = typeof first === 'string' ? first : first?.value;
      return field['multiple'] ? [value] : value;
    }
    case 'object':
      return sampleEntry(field['fields'] as Field[]);
    case 'list': {
      const count = Math.max(1, Number(field['min'] ?? 1));
      if (field['fields']) return Array.from({ length: count }, () => sampleEntry(field['fields'] as Field[]));
      const item = field['field'] as Field;
      // Lines of text are told apart; an address is the same one each time.
      return Array.from({ length: count }, (_, index) => (item['pattern'] ? sampleText(item) : `${sampleText(item)} ${index + 1}`));
    }
    default:
      return sampleText(field);
  }
}

function sampleText(field: Field): string {
  if (field['type'] === 'url') return 'https://example.org/nguon';
  if (Array.isArray(field['pattern']) && String(field['pattern'][0]).startsWith('^/')) return '/huong-dan/theo-doi-ho-so/';
  return 'Chữ thử có dấu';
}

function sampleEntry(formFields: readonly Field[]): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const field of formFields) {
    if (field.name === 'body') continue;
    const value = sampleValue(field);
    if (value !== undefined) entry[field.name] = value;
  }
  return entry;
}

/** The file an editor's save would write, through YAML, read back as the build reads it. */
function roundTrip(entry: Record<string, unknown>): unknown {
  return parseMarkdown(`---\n${yaml.dump(entry)}---\n\nNội dung.\n`).data;
}

const COLLECTIONS = config().collections;

describe("the editors' forms come from the schemas", () => {
  it('has a form for every collection, in the order editors see them, news first', () => {
    expect(COLLECTIONS.map((collection) => collection.name)).toEqual(MARKDOWN_COLLECTION_NAMES);
    expect(Object.keys(EDITOR_COLLECTIONS)[0]).toBe('news');
    expect(Object.keys(EDITOR_COLLECTIONS).sort()).toEqual([...MARKDOWN_COLLECTION_NAMES].sort());
  });

  it('has a form field for every schema field, nested ones included, and the body', () => {
    for (const collection of COLLECTIONS) {
      const schemaFields = editorFields(MARKDOWN_COLLECTIONS[collection.name].schema).map((field) => field.name);
      expect(collection.fields.map((field) => field.name), collection.name).toEqual([...schemaFields, 'body']);
    }
    const events = COLLECTIONS.find((collection) => collection.name === 'events');
    const steps = events?.fields.find((field) => field.name === 'steps');
    const procedures = (steps?.['fields'] as Field[]).find((field) => field.name === 'procedures');
    expect((procedures?.['fields'] as Field[]).map((field) => field.name)).toEqual(['code', 'note']);
  });

  it('refuses to make a form for a rule it does not know, naming the field', () => {
    const unknown = fields({ title: text('title', 80), colour: z.string() });
    expect(() => editorFields(unknown)).toThrow(NoEditorField);
    expect(() => editorFields(unknown)).toThrow(/colour/);
  });

  it('words every field, and every word names a field', () => {
    const used = new Set<string>();
    for (const name of MARKDOWN_COLLECTION_NAMES) {
      for (const path of fieldPaths(editorFields(MARKDOWN_COLLECTIONS[name].schema))) {
        const words = fieldWords(name, path);
        expect(words.label, `${name} ${path}`).not.toBe('');
        expect(words.hint, `${name} ${path}`).not.toBe('');
        const leaf = path.split('.').at(-1) ?? path;
        used.add([`${name}:${path}`, path, leaf].find((key) => key in EDITOR_FIELD_WORDS) ?? '');
      }
    }
    expect(Object.keys(EDITOR_FIELD_WORDS).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('what an editor types is what the build accepts', () => {
  it('dates are date pickers writing 2026-12-06; codes and topics are chosen from the real lists', () => {
    const news = COLLECTIONS.find((collection) => collection.name === 'news');
    expect(news?.fields.find((field) => field.name === 'date')).toMatchObject({ widget: 'datetime', type: 'date' });
    expect(news?.fields.find((field) => field.name === 'tags')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: ['mỹ tho', 'thành phố thông minh'],
    });
    const summaries = COLLECTIONS.find((collection) => collection.name === 'summaries');
    const code = summaries?.fields.find((field) => field.name === 'code');
    expect(code).toMatchObject({ widget: 'select' });
    expect(code?.['options']).toEqual(PROCEDURES.map(({ code: value, name }) => ({ label: `${value} · ${name}`, value })));
    // A procedure's file is named after its code, as npm run check requires.
    expect(summaries?.slug).toBe('{{code}}');
    // Pictures are stored next to the news item that shows them.
    expect(news).toMatchObject({ media_folder: '', public_folder: '' });
  });

  it.each(MARKDOWN_COLLECTION_NAMES)('%s: an entry filled in through the form passes the schema', (name) => {
    const collection = COLLECTIONS.find((candidate) => candidate.name === name);
    const entry = sampleEntry(collection?.fields ?? []);
    const data = roundTrip(entry);
    expect(validateFrontmatter(MARKDOWN_COLLECTIONS[name].schema, `content/${name}/x.md`, data)).toEqual([]);
  });

  it.each(MARKDOWN_COLLECTION_NAMES)('%s: a field the form requires, the schema requires; the others it does not', (name) => {
    const collection = COLLECTIONS.find((candidate) => candidate.name === name);
    const entry = sampleEntry(collection?.fields ?? []);
    for (const field of collection?.fields ?? []) {
      if (field.name === 'body' || !(field.name in entry)) continue;
      const { [field.name]: _left, ...without } = entry;
      const problems = validateFrontmatter(MARKDOWN_COLLECTIONS[name].schema, 'x.md', roundTrip(without));
      if (field.required === false) expect(problems, `${name}.${field.name} is optional`).toEqual([]);
      else expect(problems.map((problem) => problem.field), `${name}.${field.name} is required`).toContain(field.name);
    }
  });

  it('leaves an empty optional field out of the file, and writes to the configured repository', () => {
    const written = config();
    expect(written.output).toEqual({ omit_empty_optional_fields: true });
    expect(written.backend).toEqual({ name: 'github', repo: 'so-tttt/dvc', branch: 'main', base_url: 'https://auth.example.org' });
  });
});
