/**
 * The editors' web editor's configuration (Sveltia CMS, Decap-compatible), made from the
 * collection declarations (collections.ts) and their schemas (editor-fields.ts): every field an
 * editor writes, with its label, hint, limits and whether it is required; dates as date pickers
 * that write 2026-12-06; procedure codes, site pages and news topics as choices from the real
 * lists. The words come from src/i18n/editor.ts, passed in, so this file stays free of them.
 */
import type { ZodTypeAny } from 'zod';
import type { MarkdownCollectionName } from './collections';
import { editorFields, type EditorField, type FieldShape } from './editor-fields';
import { MAX_PICTURE_BYTES, PICTURE_EXTENSIONS } from './limits';

export type EditorHost = 'github' | 'gitlab' | 'gitea';

/** Where editors' commits go: set in src/config/site.ts (and, for a deployment, by environment). */
export interface EditorBackend {
  host: EditorHost;
  /** "owner/name" of the repository. */
  repo: string;
  branch: string;
  /** The sign-in service (GitHub: the OAuth helper the editor's documentation describes). */
  authUrl?: string | undefined;
  /** The API of a self-hosted GitLab, Gitea or Forgejo ("https://git.example.gov.vn/api/v1"). */
  apiRoot?: string | undefined;
  /** GitLab and Gitea/Forgejo sign-in without a helper (PKCE): the OAuth application's ID. */
  appId?: string | undefined;
}

export interface EditorWords {
  appTitle: string;
  collection: (name: MarkdownCollectionName) => { label: string; singular: string; description: string };
  field: (collection: MarkdownCollectionName, path: string) => { label: string; hint: string };
  body: { label: string; hint: string };
  atMost: (max: number) => string;
  listBounds: (min: number | undefined, max: number | undefined) => string;
  patterns: { url: string; sitePath: string };
  choice: (value: string) => string;
}

/** The real lists editors choose from. */
export interface EditorChoices {
  procedures: readonly { code: string; name: string }[];
  tags: readonly string[];
}

export interface EditorCollection {
  name: MarkdownCollectionName;
  folder: string;
  schema: ZodTypeAny;
}

export interface EditorConfigInput {
  backend: EditorBackend;
  siteUrl: string;
  collections: readonly EditorCollection[];
  words: EditorWords;
  choices: EditorChoices;
  /** Where the content folder sits in the repository. */
  contentRoot: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type ConfigField = { [key: string]: Json };

/** Up to this many characters a field is one line; longer ones get a box of several lines. */
const ONE_LINE_MAX = 120;
/** The sites' own addresses, as the kit's `basedOn` and `target` are written. */
const SITE_PATH_PATTERN = '^/(?:[a-z0-9.-]+/)*$';
const WEB_ADDRESS_PATTERN = '^https?://';

function backendConfig(backend: EditorBackend): ConfigField {
  return {
    name: backend.host,
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
    ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
    ...(backend.appId ? { app_id: backend.appId } : {}),
  };
}

interface Context {
  collection: MarkdownCollectionName;
  input: EditorConfigInput;
  /** One list for every code field, so the YAML writes it once and refers to it. */
  procedureOptions: Json[];
}

function hintWith(hint: string, extra: string): string {
  return extra ? `${hint} ${extra}` : hint;
}

/** The widget for a value of this shape at `path`, without name, label or hint. */
function widgetFor(shape: FieldShape, path: string, context: Context): ConfigField {
  const { words } = context.input;
  switch (shape.kind) {
    case 'text':
      return { widget: shape.max > ONE_LINE_MAX ? 'text' : 'string', maxlength: shape.max };
    case 'tag':
      return { widget: 'string', maxlength: shape.max };
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'position':
      return { widget: 'number', value_type: 'int', min: 1 };
    case 'url':
      return { widget: 'string', type: 'url', pattern: [WEB_ADDRESS_PATTERN, words.patterns.url] };
    case 'procedureCode':
      return { widget: 'select', options: context.procedureOptions };
    case 'sitePath':
      // Thousands of addresses: typed, and checked by npm run check and the build.
      return { widget: 'string', pattern: [SITE_PATH_PATTERN, words.patterns.sitePath] };
    case 'image':
      // A file next to the entry, of a type and size the checker accepts (limits.ts).
      return { widget: 'image', choose_url: false, accept: PICTURE_EXTENSIONS.map((extension) => `.${extension}`).join(',') };
    case 'choice':
      return { widget: 'select', options: shape.options.map((value) => ({ label: words.choice(value), value })) };
    case 'object':
      return { widget: 'object', fields: shape.fields.map((field) => configField(field, path, context)) };
    case 'list':
      return listWidget(shape, path, context);
  }
}

/** A list of choices is one select of several values; a list of text, a list of lines. */
function listWidget(shape: Extract<FieldShape, { kind: 'list' }>, path: string, context: Context): ConfigField {
  const bounds = { ...(shape.min === undefined ? {} : { min: shape.min }), ...(shape.max === undefined ? {} : { max: shape.max }) };
  const item = shape.item;
  if (item.kind === 'tag') {
    const tags = [...context.input.choices.tags].sort((a, b) => a.localeCompare(b, 'vi'));
    return { widget: 'select', multiple: true, options: tags, ...bounds };
  }
  if (item.kind === 'procedureCode' || item.kind === 'choice') {
    return { ...widgetFor(item, path, context), multiple: true, ...bounds };
  }
  if (item.kind === 'object') {
    return { widget: 'list', fields: item.fields.map((field) => configField(field, path, context)), ...bounds };
  }
  const { widget, ...options } = widgetFor(item, path, context);
  return { widget: 'list', field: { name: 'item', label: ' ', widget: widget ?? 'string', ...options }, ...bounds };
}

function limitsHint(shape: FieldShape, words: EditorWords): string {
  if (shape.kind === 'text') return words.atMost(shape.max);
  if (shape.kind === 'list') return words.listBounds(shape.min, shape.max);
  return '';
}

/** Nested fields are looked up by their path from the collection's root ("steps.procedures.code"). */
function configField(field: EditorField, parentPath: string, context: Context): ConfigField {
  const path = parentPath ? `${parentPath}.${field.name}` : field.name;
  const { label, hint } = context.input.words.field(context.collection, path);
  const widget = widgetFor(field.shape, path, context);
  return {
    name: field.name,
    label,
    hint: hintWith(hint, limitsHint(field.shape, context.input.words)),
    ...(field.required ? {} : { required: false }),
    ...widget,
  };
}

/** The file name a new entry gets: its title without diacritics, or a procedure's code with a dash. */
function slugTemplate(fields: readonly EditorField[]): string {
  return fields.some((field) => field.name === 'code') && !fields.some((field) => field.name === 'title')
    ? '{{code}}'
    : '{{title}}';
}

function collectionConfig(collection: EditorCollection, input: EditorConfigInput, procedureOptions: Json[]): ConfigField {
  const context: Context = { collection: collection.name, input, procedureOptions };
  const fields = editorFields(collection.schema);
  const words = input.words.collection(collection.name);
  const hasImage = fields.some((field) => field.shape.kind === 'image');
  return {
    name: collection.name,
    label: words.label,
    label_singular: words.singular,
    description: words.description,
    folder: `${input.contentRoot}/${collection.folder}`,
    create: true,
    extension: 'md',
    format: 'yaml-frontmatter',
    slug: slugTemplate(fields),
    // Pictures go next to the entry and are written "./anh.jpg", as the site reads them.
    ...(hasImage ? { media_folder: '', public_folder: '' } : {}),
    fields: [
      ...fields.map((field) => configField(field, '', context)),
      { name: 'body', label: input.words.body.label, hint: input.words.body.hint, widget: 'markdown' },
    ],
  };
}

export function editorConfig(input: EditorConfigInput): ConfigField {
  const procedureOptions: Json[] = input.choices.procedures.map(({ code, name }) => ({ label: `${code} · ${name}`, value: code }));
  return {
    backend: backendConfig(input.backend),
    app_title: input.words.appTitle,
    site_url: input.siteUrl,
    // The content folder's own pictures; a news item's picture sits next to it (media_folder '').
    media_folder: `${input.contentRoot}/news`,
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file, as an editor writing by hand would:
    // the schemas refuse an empty date or number.
    output: { omit_empty_optional_fields: true },
    // Pictures within the checker's size limit, their file names without diacritics or spaces.
    media_libraries: { default: { config: { max_file_size: MAX_PICTURE_BYTES, slugify_filename: true } } },
    collections: input.collections.map((collection) => collectionConfig(collection, input, procedureOptions)),
  };
}
