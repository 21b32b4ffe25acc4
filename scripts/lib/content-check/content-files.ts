/**
 * The Markdown folders under content/, the section each is published in, and the front-matter
 * rules each follows: the same schemas the build uses (src/lib/content/schemas.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ZodTypeAny } from 'zod';
import {
  explainerSchema,
  guideSchema,
  newsAsWrittenSchema,
  postalSchema,
  standalonePageSchema,
} from '../../../src/lib/content/schemas';
import { entryPath, pagePath } from '../../../src/lib/navigation';
import { slugify } from '../../../src/lib/text/slug';

export const COLLECTIONS = {
  explainers: { schema: explainerSchema, path: (slug: string) => entryPath('explainers', slug) },
  guides: { schema: guideSchema, path: (slug: string) => entryPath('guides', slug) },
  postal: { schema: postalSchema, path: (slug: string) => entryPath('postal', slug) },
  news: { schema: newsAsWrittenSchema, path: (slug: string) => entryPath('news', slug) },
  pages: { schema: standalonePageSchema, path: (slug: string) => pagePath(slug) },
} satisfies Record<string, { schema: ZodTypeAny; path: (slug: string) => string }>;

export type CollectionName = keyof typeof COLLECTIONS;

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

export interface ContentFile {
  /** Path from the project root, with forward slashes: content/news/ra-mat.md */
  file: string;
  /** Absolute path on disk. */
  absolute: string;
  collection: CollectionName;
  /** The URL slug, as the build derives it from the file name. */
  slug: string;
  /** Where the page is published: /tin-tuc/ra-mat/ */
  path: string;
  text: string;
}

function markdownFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every published Markdown file under <root>/content/. Drafts (names starting with "_") are
 * skipped, as the build skips them.
 */
export function readContentFiles(root: string): ContentFile[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) => {
    const folder = join(root, 'content', collection);
    return markdownFilesIn(folder)
      .filter(
        (absolute) =>
          !relative(folder, absolute)
            .split(sep)
            .some((part) => part.startsWith('_')),
      )
      .sort()
      .map((absolute) => {
        const slug = slugify(relative(folder, absolute).replace(/\.md$/, ''));
        return {
          file: relative(root, absolute).split(sep).join('/'),
          absolute,
          collection,
          slug,
          path: COLLECTIONS[collection].path(slug),
          text: readFileSync(absolute, 'utf8'),
        };
      });
  });
}
