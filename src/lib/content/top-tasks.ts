/**
 * content/top-tasks.json, the home page's "Người dân thường cần" list: an array of
 * { "label": "…", "code": "1.001193" }, shown in the order the file lists them.
 */
import type { ZodIssue } from 'zod';
import { topTaskSchema, type TopTask } from './schemas';

/** The words the reader needs (src/i18n/frontmatter.ts gives them): this file only finds problems. */
export interface TopTaskWords {
  notAList: (detail: string) => string;
  fieldProblem: (issue: ZodIssue) => string;
}

export interface TopTaskProblem {
  /** Position of the entry in the list, from 0; undefined when the file as a whole is wrong. */
  index?: number;
  /** The line, when the file as a whole is wrong and the line is known. */
  line?: number;
  /** The field inside the entry, when one is wrong. */
  field?: string;
  message: string;
}

export interface TopTaskList {
  /** The entries that are right, each with its position in the list. */
  entries: { index: number; task: TopTask }[];
  problems: TopTaskProblem[];
}

/** The list in file order, and what is wrong with it; `npm run check` and the build both read it so. */
export function readTopTaskList(text: string, words: TopTaskWords): TopTaskList {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return { entries: [], problems: [{ message: words.notAList((error as Error).message) }] };
  }
  if (!Array.isArray(entries)) return { entries: [], problems: [{ line: 1, message: words.notAList('[ … ]') }] };
  const valid: TopTaskList['entries'] = [];
  const problems: TopTaskProblem[] = [];
  entries.forEach((entry: unknown, index) => {
    const parsed = topTaskSchema.safeParse(entry);
    if (parsed.success) valid.push({ index, task: parsed.data });
    else
      for (const issue of parsed.error.issues)
        problems.push({ index, field: issue.path.join('.'), message: words.fieldProblem(issue) });
  });
  return { entries: valid, problems };
}
