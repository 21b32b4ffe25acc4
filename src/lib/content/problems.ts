/** One thing wrong in a content file, as `npm run check` and the build print it (src/i18n/problems.ts). */

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

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  return {
    error: problems.filter((problem) => problem.severity === 'error').length,
    warning: problems.filter((problem) => problem.severity === 'warning').length,
  };
}
