/**
 * Reads the front matter of a Markdown file. The build (src/content.config.ts) and
 * `npm run check` both read it here, so they see exactly the same values.
 *
 * Dates are left as the text the editor wrote: YAML's date type would silently turn
 * "2026-13-01" into 1 January 2027. The schemas read that text with ./calendar-date.ts, which
 * refuses a day that is not on the calendar. Everything else is read as YAML 1.2 core
 * (strings, numbers, true/false, lists, maps), as js-yaml reads it for Astro.
 */
import yaml from 'js-yaml';

/** YAML without its date type: `2026-13-01` stays the text "2026-13-01". */
const DATES_AS_WRITTEN = yaml.CORE_SCHEMA;

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
    return {
      data: yaml.load(frontmatter, { schema: DATES_AS_WRITTEN }),
      frontmatter,
      firstLine: 2,
      body: source.slice(match[0].length),
    };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 2 : undefined;
      throw new FrontmatterSyntaxError(error.reason, line);
    }
    throw error;
  }
}

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
