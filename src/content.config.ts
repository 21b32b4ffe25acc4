/**
 * Content collections. Markdown and catalogue data live in content/ at the top of the repository
 * (outside src/) so editors find them without wading through code. The schemas live in src/lib so
 * that `npm run check`, the import script and the tests apply exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { topicGroupSchema } from './lib/catalogue/schema';
import {
  explainerSchema,
  guideSchema,
  newsSchema,
  postalSchema,
  standalonePageSchema,
  topTaskSchema,
} from './lib/content/schemas';
import { slugify } from './lib/text/slug';

/**
 * One collection per folder of Markdown. The file name becomes the URL (slugified, so
 * "Tin mới.md" is served as /…/tin-moi/); files starting with "_" are drafts and are skipped.
 */
function markdownIn(folder: string) {
  return glob({
    base: `./content/${folder}`,
    pattern: '**/[^_]*.md',
    generateId: ({ entry }) => slugify(entry.replace(/\.md$/, '')),
  });
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
  explainers: defineCollection({ loader: markdownIn('explainers'), schema: explainerSchema }),
  guides: defineCollection({ loader: markdownIn('guides'), schema: guideSchema }),
  postal: defineCollection({ loader: markdownIn('postal'), schema: postalSchema }),
  news: defineCollection({ loader: markdownIn('news'), schema: ({ image }) => newsSchema(image()) }),
  pages: defineCollection({ loader: markdownIn('pages'), schema: standalonePageSchema }),
  topTasks: defineCollection({
    loader: file('./content/top-tasks.json', { parser: topTasksInFileOrder }),
    schema: topTaskSchema,
  }),
  topicGroups: defineCollection({
    loader: file('./content/catalogue/nhom-linh-vuc.json', { parser: topicGroupsInFileOrder }),
    schema: topicGroupSchema,
  }),
};
