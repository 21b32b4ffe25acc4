/**
 * Content collections. Markdown and catalogue data live in content/ at the top of the repository
 * (outside src/) so editors find them without wading through code. The schemas live in src/lib so
 * that `npm run check`, the import script and the tests apply exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  catalogueEnvelopeSchema,
  catalogueMetaSchema,
  procedureSchema,
  topicGroupSchema,
} from './lib/catalogue/schema';
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

/**
 * The catalogue file holds metadata and a list; each procedure becomes an entry keyed by its code.
 * Only the envelope is checked here: Astro checks each procedure against the schema and names the
 * code of any that fails.
 */
function proceduresFromCatalogue(text: string) {
  const { procedures } = catalogueEnvelopeSchema.parse(JSON.parse(text));
  return Object.fromEntries(procedures.map((procedure) => [procedure.code, procedure]));
}

/** The home page's top tasks, in the order the file lists them. */
function topTasksInFileOrder(text: string) {
  const tasks = JSON.parse(text) as Record<string, unknown>[];
  return Object.fromEntries(tasks.map((task, order) => [String(task['code']), { ...task, order }]));
}

/**
 * The catalogue to build from. CATALOGUE_FILE swaps in another file of the same schema, e.g. the
 * synthetic catalogue written by `npm run synthetic` for scale tests.
 */
const CATALOGUE_FILE = process.env.CATALOGUE_FILE ?? './content/catalogue/services.json';

/** The catalogue file's own fields (attribution, date, sources) as one entry, "meta". */
function catalogueMeta(text: string) {
  const { procedures: _procedures, ...meta } = catalogueEnvelopeSchema.parse(JSON.parse(text));
  return { meta };
}

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
  catalogueMeta: defineCollection({
    loader: file(CATALOGUE_FILE, { parser: catalogueMeta }),
    schema: catalogueMetaSchema,
  }),
  topicGroups: defineCollection({
    loader: file('./content/catalogue/nhom-linh-vuc.json', { parser: topicGroupsInFileOrder }),
    schema: topicGroupSchema,
  }),
  catalogue: defineCollection({
    loader: file(CATALOGUE_FILE, { parser: proceduresFromCatalogue }),
    schema: procedureSchema,
  }),
};
