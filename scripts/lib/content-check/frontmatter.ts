/**
 * Front matter: YAML syntax (with the line of the mistake), then the collection's schema, each
 * problem placed on the line of its field. The rules live in src/lib/content so the build
 * reports exactly the same problems.
 */
import {
  checkFrontmatter as checkAgainst,
  type CheckedFrontmatter,
} from '../../../src/lib/content/check-frontmatter';
import { MARKDOWN_COLLECTIONS } from '../../../src/lib/content/collections';
import { frontmatterWords } from '../../../src/i18n/frontmatter';
import type { ContentFile } from './content-files';

export { lineOfField } from '../../../src/lib/content/frontmatter';
export type ParsedFile = CheckedFrontmatter;

/** Parses a content file and checks its front matter against its collection's schema. */
export function checkFrontmatter(content: ContentFile): ParsedFile {
  return checkAgainst(MARKDOWN_COLLECTIONS[content.collection].schema, content.file, content.text, frontmatterWords);
}
