/**
 * Front matter: YAML syntax (with the line of the mistake), then the collection's schema, each
 * problem placed on the line of its field so the editor finds it at once.
 */
import { vi } from '../../../src/i18n/vi';
import {
  FrontmatterSyntaxError,
  parseMarkdown,
  type MarkdownFile,
} from '../../../src/lib/content/frontmatter';
import { validateFrontmatter } from '../../../src/lib/content/validate';
import { COLLECTIONS, type ContentFile } from './content-files';
import type { Problem } from './problems';

const t = vi.contentCheck;

/**
 * The line (1-based, in the file) where a field is written, following a path like
 * ["sources", 0, "url"] through keys and list items. When a step is missing (a field left out),
 * the line of the deepest step found; undefined when not even the first is there.
 */
export function lineOfField(
  frontmatter: string,
  firstLine: number,
  path: readonly (string | number)[],
): number | undefined {
  const lines = frontmatter.split(/\r?\n/);
  const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let from = 0;
  let found: number | undefined;
  for (const [depth, step] of path.entries()) {
    // Top-level keys start at the margin, so "title" never matches a source's "- title:".
    const key =
      typeof step === 'string'
        ? new RegExp(depth === 0 ? `^${escape(step)}\\s*:` : `^\\s*(?:-\\s+)?${escape(step)}\\s*:`)
        : undefined;
    const matches = (line: string) => (key ? key.test(line) : /^\s*-(\s|$)/.test(line));
    let index: number | undefined;
    let skip = typeof step === 'number' ? step : 0;
    for (let i = from; i < lines.length; i += 1) {
      if (!matches(lines[i] ?? '')) continue;
      if (skip === 0) {
        index = i;
        break;
      }
      skip -= 1;
    }
    if (index === undefined) return found;
    found = firstLine + index;
    // A list item's first key sits on the item's own line ("- title: …"), so look from there.
    from = typeof step === 'number' ? index : index + 1;
  }
  return found;
}

export interface ParsedFile {
  markdown?: MarkdownFile;
  /** The front matter after the schema, when it is valid. */
  data?: Record<string, unknown>;
  problems: Problem[];
}

/** Parses a content file and checks its front matter against its collection's schema. */
export function checkFrontmatter(content: ContentFile): ParsedFile {
  let markdown: MarkdownFile;
  try {
    markdown = parseMarkdown(content.text);
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) {
      return {
        problems: [
          { severity: 'error', file: content.file, line: error.line, message: t.yamlSyntax(error.message) },
        ],
      };
    }
    throw error;
  }
  if (markdown.data === undefined) {
    return {
      markdown,
      problems: [{ severity: 'error', file: content.file, line: 1, message: t.noFrontmatter }],
    };
  }
  const schema = COLLECTIONS[content.collection].schema;
  const problems: Problem[] = validateFrontmatter(schema, content.file, markdown.data).map((problem) => {
    const path = problem.field
      ? problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
      : [];
    return {
      severity: 'error',
      file: content.file,
      // A missing field has no line of its own: point at the start of the front matter.
      line: lineOfField(markdown.frontmatter, markdown.firstLine, path) ?? 1,
      field: problem.field || undefined,
      message: problem.message,
    };
  });
  const parsed = schema.safeParse(markdown.data);
  return parsed.success
    ? { markdown, data: parsed.data as Record<string, unknown>, problems }
    : { markdown, problems };
}
