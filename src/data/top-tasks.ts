/**
 * The home page's "Người dân thường cần" list (content/top-tasks.json), read once per build, in
 * the file's order. The home page and the search page's empty state both show it.
 */
import { topTaskWords } from '../i18n/frontmatter';
import { readFileSync } from 'node:fs';
import { vi } from '../i18n/vi';
import { DATA_FILES } from '../lib/content/data-files';
import type { TopTask } from '../lib/content/schemas';
import { readTopTaskList } from '../lib/content/top-tasks';

let tasks: TopTask[] | undefined;

/** The tasks; a wrong file stops the build with what `npm run check` would say. */
export function loadTopTasks(): TopTask[] {
  tasks ??= readTasks();
  return tasks;
}

function readTasks(): TopTask[] {
  const file = DATA_FILES.topTasks;
  const { entries, problems } = readTopTaskList(readFileSync(file, 'utf8'), topTaskWords);
  if (problems.length > 0) {
    const lines = problems.map(({ index, field, message }) =>
      index === undefined ? message : `${index}.${field}: ${message}`,
    );
    throw new Error([vi.contentCheck.buildStopped(file), ...lines].join('\n'));
  }
  return entries.map((entry) => entry.task);
}
