/**
 * content/top-tasks.json, the home page's "Người dân thường cần" list: valid JSON, each entry a
 * label and a procedure code, and each code in the catalogue once the catalogue is imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from '../../../src/i18n/vi';
import { topTaskSchema } from '../../../src/lib/content/schemas';
import type { Problem } from './problems';

export const TOP_TASKS_FILE = 'content/top-tasks.json';

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
  const path = join(root, TOP_TASKS_FILE);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  let tasks: unknown;
  try {
    tasks = JSON.parse(text);
  } catch (error) {
    return [
      { severity: 'error', file: TOP_TASKS_FILE, message: vi.contentCheck.badJson((error as Error).message) },
    ];
  }
  if (!Array.isArray(tasks)) {
    return [{ severity: 'error', file: TOP_TASKS_FILE, line: 1, message: vi.contentCheck.badJson('[ … ]') }];
  }
  return tasks.flatMap((task: unknown, index) => {
    const line = lineOfEntry(text, index);
    const parsed = topTaskSchema.safeParse({ ...(task as object), order: index });
    if (!parsed.success) {
      return parsed.error.issues.map((issue) => ({
        severity: 'error' as const,
        file: TOP_TASKS_FILE,
        line,
        field: `${index}.${issue.path.join('.')}`,
        message: issue.message,
      }));
    }
    const { code } = parsed.data;
    if (procedureCodes.size > 0 && !procedureCodes.has(code)) {
      return [
        {
          severity: 'error' as const,
          file: TOP_TASKS_FILE,
          line,
          message: vi.contentCheck.unknownProcedure(code),
        },
      ];
    }
    return [];
  });
}
