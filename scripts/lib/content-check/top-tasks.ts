/**
 * content/top-tasks.json, the home page's "Người dân thường cần" list: read as the site reads it
 * (src/lib/content/top-tasks.ts), with each problem placed on its line, and each code checked
 * against the catalogue.
 */
import { topTaskWords } from '../../../src/i18n/frontmatter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from '../../../src/i18n/vi';
import { DATA_FILES } from '../../../src/lib/content/data-files';
import { readTopTaskList } from '../../../src/lib/content/top-tasks';
import type { Problem } from './problems';

/** Line (1-based) of the n-th object in a JSON array written one object per line or block. */
function lineOfEntry(text: string, index: number): number | undefined {
  let seen = -1;
  const lines = text.split('\n');
  for (const [number, line] of lines.entries()) {
    seen += (line.match(/\{/g) ?? []).length;
    if (seen >= index) return number + 1;
  }
  return undefined;
}

export function checkTopTasks(root: string, procedureCodes: ReadonlySet<string>): Problem[] {
  const file = DATA_FILES.topTasks;
  const text = readFileSync(join(root, file), 'utf8');
  const { entries, problems } = readTopTaskList(text, topTaskWords);
  const inFile: Problem[] = problems.map(({ index, line, field, message }) => ({
    severity: 'error',
    file,
    ...(index === undefined
      ? line
        ? { line }
        : {}
      : { line: lineOfEntry(text, index), field: `${index}.${field}` }),
    message,
  }));
  const unknown: Problem[] = entries.flatMap(({ index, task }) =>
    procedureCodes.has(task.code)
      ? []
      : [
          {
            severity: 'error',
            file,
            line: lineOfEntry(text, index),
            message: vi.contentCheck.unknownProcedure(task.code),
          },
        ],
  );
  return [...inFile, ...unknown];
}
