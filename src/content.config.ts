/**
 * Content collections: the Markdown folders under content/ (outside src/, so editors find them
 * without wading through code), as src/lib/content/collections.ts declares them, so the build,
 * `npm run check` and the tests apply exactly the same rules.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'zod';
import { checkFrontmatter } from './lib/content/check-frontmatter';
import { formatProblem, frontmatterWords } from './i18n/frontmatter';
import {
  MARKDOWN_COLLECTIONS,
  PUBLISHED_MARKDOWN,
  slugOfFile,
  type MarkdownCollectionName,
} from './lib/content/collections';
import { newsSchema } from './lib/content/schemas';
import { vi } from './i18n/vi';

/**
 * Astro reads front matter with YAML's date type, which turns a mistyped "2026-13-01" into
 * 1 January 2027 without a word. So each Markdown file's front matter is read again as written
 * (src/lib/content/check-frontmatter.ts, the same reading and messages as `npm run check`): a
 * wrong field stops the build with its file, line and field, and the collection's schema then
 * receives the dates as the editor wrote them.
 */
function withFrontmatterAsWritten(loader: Loader, asWritten: ZodTypeAny): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      const parseData: LoaderContext['parseData'] = async (entry) => {
        if (!entry.filePath) return context.parseData(entry);
        const file = relative(root, entry.filePath).split(sep).join('/');
        const text = await readFile(entry.filePath, 'utf8');
        const { markdown, problems } = checkFrontmatter(asWritten, file, text, frontmatterWords);
        if (problems.length > 0) {
          throw new Error([vi.contentCheck.buildStopped(file), ...problems.map(formatProblem)].join('\n'));
        }
        return context.parseData({ ...entry, data: markdown?.data as typeof entry.data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}

/** One collection per folder of Markdown, as src/lib/content/collections.ts declares it. */
function markdownCollection(name: MarkdownCollectionName): Loader {
  const { folder, schema } = MARKDOWN_COLLECTIONS[name];
  const loader = glob({
    base: `./content/${folder}`,
    pattern: PUBLISHED_MARKDOWN,
    generateId: ({ entry }) => slugOfFile(entry),
  });
  return withFrontmatterAsWritten(loader, schema);
}

/*
 * The data files under content/ (the catalogue, topic groups, synonyms, top tasks) are not
 * collections: src/data/ reads each of them directly with its parser from src/lib
 * (src/lib/content/data-files.ts lists them; src/lib/catalogue/read.ts says why).
 */

export const collections = {
  explainers: defineCollection({
    loader: markdownCollection('explainers'),
    schema: MARKDOWN_COLLECTIONS.explainers.schema,
  }),
  guides: defineCollection({
    loader: markdownCollection('guides'),
    schema: MARKDOWN_COLLECTIONS.guides.schema,
  }),
  postal: defineCollection({
    loader: markdownCollection('postal'),
    schema: MARKDOWN_COLLECTIONS.postal.schema,
  }),
  // News pictures are checked by the build's own image() helper, so they can be optimised.
  news: defineCollection({ loader: markdownCollection('news'), schema: ({ image }) => newsSchema(image()) }),
  pages: defineCollection({ loader: markdownCollection('pages'), schema: MARKDOWN_COLLECTIONS.pages.schema }),
  events: defineCollection({ loader: markdownCollection('events'), schema: MARKDOWN_COLLECTIONS.events.schema }),
  radio: defineCollection({ loader: markdownCollection('radio'), schema: MARKDOWN_COLLECTIONS.radio.schema }),
  posters: defineCollection({ loader: markdownCollection('posters'), schema: MARKDOWN_COLLECTIONS.posters.schema }),
  articles: defineCollection({
    loader: markdownCollection('articles'),
    schema: MARKDOWN_COLLECTIONS.articles.schema,
  }),
  lessons: defineCollection({ loader: markdownCollection('lessons'), schema: MARKDOWN_COLLECTIONS.lessons.schema }),
  summaries: defineCollection({
    loader: markdownCollection('summaries'),
    schema: MARKDOWN_COLLECTIONS.summaries.schema,
  }),
  recordNotes: defineCollection({
    loader: markdownCollection('recordNotes'),
    schema: MARKDOWN_COLLECTIONS.recordNotes.schema,
  }),
};
