/** One thing wrong in a content file, as `npm run check` and the build print it. */
import { vi } from '../../i18n/vi';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path from the project root: content/news/ra-mat.md */
  file: string;
  /** Line in the file (1-based), when the problem has one. */
  line?: number | undefined;
  /** Front-matter field as written in the file ("sources.0.url"), when the problem is in one. */
  field?: string | undefined;
  message: string;
}

const t = vi.contentCheck;

/** "LỖI content/news/ra-mat.md:5 (trường «title»): …", in the file:line form editors' tools link. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'error' ? t.error : t.warning;
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` (${vi.schema.atField(problem.field)})` : '';
  return `${label} ${where}${field}: ${problem.message}`;
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  return {
    error: problems.filter((problem) => problem.severity === 'error').length,
    warning: problems.filter((problem) => problem.severity === 'warning').length,
  };
}
