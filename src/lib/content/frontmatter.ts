/**
 * Reads the front matter of a Markdown file the way the build does (js-yaml, the parser Astro
 * uses), so checks outside the build see exactly what the build sees.
 */
import yaml from 'js-yaml';

export interface MarkdownFile {
  /** The parsed front matter; undefined when the file has none. */
  data: unknown;
  /** The front matter as written, without the --- fences. */
  frontmatter: string;
  /** Line number (1-based) in the file of the first front-matter line. */
  firstLine: number;
  body: string;
}

const FENCED = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Front matter that is not valid YAML; `line` is the line in the file. */
export class FrontmatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'FrontmatterSyntaxError';
  }
}

export function parseMarkdown(text: string): MarkdownFile {
  const source = text.replace(/^\uFEFF/, '');
  const match = FENCED.exec(source);
  if (!match) return { data: undefined, frontmatter: '', firstLine: 1, body: source };
  const frontmatter = match[1] ?? '';
  try {
    return { data: yaml.load(frontmatter), frontmatter, firstLine: 2, body: source.slice(match[0].length) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 2 : undefined;
      throw new FrontmatterSyntaxError(error.reason, line);
    }
    throw error;
  }
}
