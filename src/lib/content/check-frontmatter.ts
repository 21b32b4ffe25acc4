/**
 * Checks a Markdown file's front matter against its collection's schema and places each problem
 * on the line of its field. The build (src/content.config.ts) and `npm run check` both call this,
 * so an editor gets the same message, with file, line and field, from either.
 */
import type { ZodTypeAny } from 'zod';
import { FrontmatterSyntaxError, lineOfField, parseMarkdown, type MarkdownFile } from './frontmatter';
import type { Problem } from './problems';
import { validateFrontmatter, type FrontmatterProblem } from './validate';

/** The words of the problems, given by the caller (src/i18n/frontmatter.ts): this file has none. */
export interface FrontmatterWords {
  yamlSyntax: (reason: string) => string;
  noFrontmatter: string;
  fieldProblem: (problem: FrontmatterProblem) => string;
}

export interface CheckedFrontmatter {
  /** The parsed file; absent when its front matter is not valid YAML. */
  markdown?: MarkdownFile;
  /** The front matter after the schema, when it is valid. */
  data?: Record<string, unknown>;
  problems: Problem[];
}

/** Splits a problem's field ("sources.0.url") into the path lineOfField follows. */
function fieldPath(field: string): (string | number)[] {
  return field ? field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
}

/** `file` is the path editors know (content/news/ra-mat.md); `text` is the whole file. */
export function checkFrontmatter(
  schema: ZodTypeAny,
  file: string,
  text: string,
  words: FrontmatterWords,
): CheckedFrontmatter {
  let markdown: MarkdownFile;
  try {
    markdown = parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof FrontmatterSyntaxError)) throw error;
    return {
      problems: [
        { severity: 'error', file, line: error.line, message: words.yamlSyntax(error.message) },
      ],
    };
  }
  if (markdown.data === undefined) {
    return {
      markdown,
      problems: [{ severity: 'error', file, line: 1, message: words.noFrontmatter }],
    };
  }
  const problems: Problem[] = validateFrontmatter(schema, file, markdown.data)
    .map((problem): Problem => ({
    severity: 'error',
    file,
    // A missing field has no line of its own: point at the start of the front matter.
    line: lineOfField(markdown.frontmatter, markdown.firstLine, fieldPath(problem.field)) ?? 1,
    field: problem.field || undefined,
    message: words.fieldProblem(problem),
  }))
    // In the order of the file, as the editor reads it.
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return { markdown, problems };
  return { markdown, data: schema.parse(markdown.data) as Record<string, unknown>, problems };
}
