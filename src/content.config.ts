/**
 * Content collections. Markdown and catalogue data live in content/ at the top of the repository
 * (outside src/) so editors find them without wading through code. The schemas live in src/lib so
 * that `npm run check`, the import script and the tests apply exactly the same rules.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'zod';
import { topicGroupSchema } from './lib/catalogue/schema';
import { checkFrontmatter } from './lib/content/check-frontmatter';
import { formatProblem } from './lib/content/problems';
import {
  explainerSchema,
  guideSchema,
  newsAsWrittenSchema,
  newsSchema,
  postalSchema,
  standalonePageSchema,
  topTaskSchema,
} from './lib/content/schemas';
import { vi } from './i18n/vi';
import { slugify } from './lib/text/slug';

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
        const { markdown, problems } = checkFrontmatter(asWritten, file, text);
        if (problems.length > 0) {
          throw new Error([vi.contentCheck.buildStopped(file), ...problems.map(formatProblem)].join('\n'));
        }
        return context.parseData({ ...entry, data: markdown?.data as typeof entry.data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}

/**
 * One collection per folder of Markdown. The file name becomes the URL (slugified, so
 * "Tin mới.md" is served as /…/tin-moi/); files starting with "_" are drafts and are skipped.
 */
function markdownIn(folder: string, asWritten: ZodTypeAny) {
  const loader = glob({
    base: `./content/${folder}`,
    pattern: '**/[^_]*.md',
    generateId: ({ entry }) => slugify(entry.replace(/\.md$/, '')),
  });
  return withFrontmatterAsWritten(loader, asWritten);
}

/** The home page's top tasks, in the order the file lists them. */
function topTasksInFileOrder(text: string) {
  const tasks = JSON.parse(text) as Record<string, unknown>[];
  return Object.fromEntries(tasks.map((task, order) => [String(task['code']), { ...task, order }]));
}

/*
 * The procedure catalogue (content/catalogue/services.json) is not a collection: src/data/catalogue.ts
 * reads it directly (src/lib/catalogue/read.ts says why).
 */

/** Topic groups (nhóm lĩnh vực) in the file's order, which is the order shown to citizens. */
function topicGroupsInFileOrder(text: string) {
  const { nhom } = JSON.parse(text) as { nhom: { id: string }[] };
  return Object.fromEntries(nhom.map((group, order) => [group.id, { ...group, order }]));
}

export const collections = {
  explainers: defineCollection({
    loader: markdownIn('explainers', explainerSchema),
    schema: explainerSchema,
  }),
  guides: defineCollection({ loader: markdownIn('guides', guideSchema), schema: guideSchema }),
  postal: defineCollection({ loader: markdownIn('postal', postalSchema), schema: postalSchema }),
  news: defineCollection({
    loader: markdownIn('news', newsAsWrittenSchema),
    schema: ({ image }) => newsSchema(image()),
  }),
  pages: defineCollection({
    loader: markdownIn('pages', standalonePageSchema),
    schema: standalonePageSchema,
  }),
  topTasks: defineCollection({
    loader: file('./content/top-tasks.json', { parser: topTasksInFileOrder }),
    schema: topTaskSchema,
  }),
  topicGroups: defineCollection({
    loader: file('./content/catalogue/nhom-linh-vuc.json', { parser: topicGroupsInFileOrder }),
    schema: topicGroupSchema,
  }),
};
