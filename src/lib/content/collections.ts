/**
 * The Markdown collections under content/, declared once: the folder each lives in, the
 * front-matter rules it follows, how a file's name becomes its address, and which files are
 * drafts. The build (src/content.config.ts), `npm run check`, `npm run new` and the benchmarks all
 * read this, so they can never disagree about which files are published or where.
 *
 * For editors: a file or folder whose name starts with "_" is a draft and is not published
 * (content/news/_nhap/bai.md is a draft, like content/news/_bai.md).
 */
import type { ZodTypeAny } from 'zod';
import { kitItemPath } from '../kit/paths';
import { entryPath, pagePath, procedurePath } from '../navigation';
import type { PageKind } from '../search/asset-format';
import { slugify } from '../text/slug';
import {
  explainerSchema,
  guideSchema,
  newsAsWrittenSchema,
  postalSchema,
  standalonePageSchema,
} from './schemas';
import { articleSchema, lessonSchema, posterSchema, radioSchema } from './kit-schemas';
import { lifeEventSchema } from './event-schemas';
import { codeOfSlug, procedureSummarySchema, recordNoteSchema } from './procedure-note-schemas';

export interface MarkdownCollection {
  /** The folder under content/. */
  folder: string;
  /** Front-matter rules, with dates and pictures as written (the build adds its own image check). */
  schema: ZodTypeAny;
  /** Where a file with this slug is published. */
  path: (slug: string) => string;
}

export const MARKDOWN_COLLECTIONS = {
  explainers: { folder: 'explainers', schema: explainerSchema, path: (slug) => entryPath('explainers', slug) },
  guides: { folder: 'guides', schema: guideSchema, path: (slug) => entryPath('guides', slug) },
  postal: { folder: 'postal', schema: postalSchema, path: (slug) => entryPath('postal', slug) },
  news: { folder: 'news', schema: newsAsWrittenSchema, path: (slug) => entryPath('news', slug) },
  pages: { folder: 'pages', schema: standalonePageSchema, path: pagePath },
  // Life events (/su-kien/): see src/lib/content/event-schemas.ts.
  events: { folder: 'su-kien', schema: lifeEventSchema, path: (slug) => entryPath('events', slug) },
  // The "Tài liệu tuyên truyền" kit (/tai-lieu-tuyen-truyen/): see src/lib/content/kit-schemas.ts.
  radio: { folder: 'kit/radio', schema: radioSchema, path: (slug) => kitItemPath('radio', slug) },
  posters: { folder: 'kit/posters', schema: posterSchema, path: (slug) => kitItemPath('posters', slug) },
  articles: { folder: 'kit/articles', schema: articleSchema, path: (slug) => kitItemPath('articles', slug) },
  lessons: { folder: 'kit/lessons', schema: lessonSchema, path: (slug) => kitItemPath('lessons', slug) },
  // Written about one procedure, shown in a section of its page (see
  // src/lib/content/procedure-note-schemas.ts): their address is that section's.
  summaries: {
    folder: 'tom-tat',
    schema: procedureSummarySchema,
    path: (slug) => `${procedurePath(codeOfSlug(slug))}#tom-tat`,
  },
  recordNotes: {
    folder: 'luu-y-ban-ghi',
    schema: recordNoteSchema,
    path: (slug) => `${procedurePath(codeOfSlug(slug))}#luu-y-du-lieu`,
  },
} as const satisfies Record<string, MarkdownCollection>;

export type MarkdownCollectionName = keyof typeof MARKDOWN_COLLECTIONS;

export const MARKDOWN_COLLECTION_NAMES = Object.keys(MARKDOWN_COLLECTIONS) as MarkdownCollectionName[];

export function isMarkdownCollectionName(name: string): name is MarkdownCollectionName {
  return Object.hasOwn(MARKDOWN_COLLECTIONS, name);
}

/**
 * The collections whose pages the search finds beside procedures, in the order the index lists
 * them, each with the kind of result it gives.
 */
export const SEARCHED_COLLECTIONS = [
  ['guides', 'guide'],
  ['explainers', 'explainer'],
  ['postal', 'postal'],
  ['news', 'news'],
] as const satisfies readonly (readonly [MarkdownCollectionName, PageKind])[];

/** The published files of a folder, as a glob the build's loader understands: drafts left out. */
export const PUBLISHED_MARKDOWN = ['**/*.md', '!**/_*', '!**/_*/**'];

/** A path inside a collection's folder ("_nhap/bai.md") is a draft when any part starts with "_". */
export function isDraft(pathInFolder: string): boolean {
  return pathInFolder.split('/').some((part) => part.startsWith('_'));
}

/** The address slug of a file, from its path inside the folder: "Tin mới.md" → "tin-moi". */
export function slugOfFile(pathInFolder: string): string {
  return slugify(pathInFolder.replace(/\.md$/, ''));
}
