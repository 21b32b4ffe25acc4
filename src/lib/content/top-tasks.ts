/**
 * content/top-tasks.json, the home page's "Người dân thường cần" list: an array of
 * { "label": "…", "code": "1.001193" }, shown in the order the file lists them.
 */
import { topTaskSchema, type TopTask } from './schemas';

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
export function readTopTaskList(text: string, notAList: (detail: string) => string): TopTaskList {
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return { entries: [], problems: [{ message: notAList((error as Error).message) }] };
  }
  if (!Array.isArray(entries)) return { entries: [], problems: [{ line: 1, message: notAList('[ … ]') }] };
  const valid: TopTaskList['entries'] = [];
  const problems: TopTaskProblem[] = [];
  entries.forEach((entry: unknown, index) => {
    const parsed = topTaskSchema.safeParse(entry);
    if (parsed.success) valid.push({ index, task: parsed.data });
    else
      for (const issue of parsed.error.issues)
        problems.push({ index, field: issue.path.join('.'), message: issue.message });
  });
  return { entries: valid, problems };
}
