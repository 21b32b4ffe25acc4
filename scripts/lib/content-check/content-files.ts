/**
 * The published Markdown files under content/, read from disk for `npm run check` and the
 * scripts, with the folders, drafts and addresses src/lib/content/collections.ts declares.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  MARKDOWN_COLLECTIONS,
  MARKDOWN_COLLECTION_NAMES,
  isDraft,
  slugOfFile,
  type MarkdownCollectionName,
} from '../../../src/lib/content/collections';

export interface ContentFile {
  /** Path from the project root, with forward slashes: content/news/ra-mat.md */
  file: string;
  /** Absolute path on disk. */
  absolute: string;
  collection: MarkdownCollectionName;
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
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every published Markdown file under <root>/content/, as the build publishes them. */
export function readContentFiles(root: string): ContentFile[] {
  return MARKDOWN_COLLECTION_NAMES.flatMap((collection) => {
    const { folder, path } = MARKDOWN_COLLECTIONS[collection];
    const dir = join(root, 'content', folder);
    return markdownFilesIn(dir)
      .filter((inFolder) => !isDraft(inFolder))
      .sort()
      .map((inFolder) => {
        const absolute = join(dir, inFolder);
        const slug = slugOfFile(inFolder);
        return {
          file: relative(root, absolute).split(sep).join('/'),
          absolute,
          collection,
          slug,
          path: path(slug),
          text: readFileSync(absolute, 'utf8'),
        };
      });
  });
}
