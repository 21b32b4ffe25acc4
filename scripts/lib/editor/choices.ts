/**
 * The real lists the editors' forms offer: every procedure of the catalogue the site is built
 * from (code and name), and the news topics already in use.
 */
import { builtCatalogueFile, readCatalogue } from '../data-files';
import { readContentFiles } from '../content-check/content-files';
import { parseMarkdown } from '../../../src/lib/content/frontmatter';
import type { EditorChoices } from '../../../src/lib/content/editor-config';

function newsTags(root: string): string[] {
  const tags = readContentFiles(root)
    .filter((file) => file.collection === 'news')
    .flatMap((file) => {
      const data = parseMarkdown(file.text).data as { tags?: unknown } | undefined;
      return Array.isArray(data?.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    });
  return [...new Set(tags.map((tag) => tag.trim()))].sort((a, b) => a.localeCompare(b, 'vi'));
}

export function editorChoices(root: string): EditorChoices {
  const { procedures } = readCatalogue(builtCatalogueFile(root));
  return {
    procedures: [...procedures]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(({ code, name }) => ({ code, name })),
    tags: newsTags(root),
  };
}
