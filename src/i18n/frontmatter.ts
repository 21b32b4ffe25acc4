/**
 * Front-matter and content problems in words: what `npm run check` and the build print. The rules
 * are in src/lib/content; this file only says them.
 */
import type { ZodIssue, ZodTypeAny } from 'zod';
import type { FrontmatterWords } from '../lib/content/check-frontmatter';
import type { Problem } from '../lib/content/problems';
import { problemOf } from '../lib/content/schema-problems';
import type { TopTaskWords } from '../lib/content/top-tasks';
import { validateFrontmatter, type FrontmatterProblem } from '../lib/content/validate';
import { editorsText } from './editors';
import { describeSchemaProblem } from './schema-problems';

const t = editorsText.contentCheck;

export function describeFrontmatterProblem(problem: FrontmatterProblem): string {
  return problem.problem ? describeSchemaProblem(problem.problem) : problem.zodMessage;
}

/** The words `checkFrontmatter` needs. */
export const frontmatterWords: FrontmatterWords = {
  yamlSyntax: t.yamlSyntax,
  noFrontmatter: t.noFrontmatter,
  fieldProblem: describeFrontmatterProblem,
};

/** The words for content/top-tasks.json, read by the build and by `npm run check` alike. */
export const topTaskWords: TopTaskWords = {
  notAList: t.badJson,
  fieldProblem: (issue: ZodIssue) => {
    const problem = problemOf(issue);
    return problem ? describeSchemaProblem(problem) : issue.message;
  },
};

/** A file's front-matter problems, each with its message. */
export function frontmatterProblemsInWords(
  schema: ZodTypeAny,
  file: string,
  data: unknown,
): (FrontmatterProblem & { message: string })[] {
  return validateFrontmatter(schema, file, data).map((problem) => ({
    ...problem,
    message: describeFrontmatterProblem(problem),
  }));
}

/** "LỖI content/news/ra-mat.md:5 (trường «title»): …", in the file:line form editors' tools link. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'error' ? t.error : t.warning;
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` (${editorsText.schema.atField(problem.field)})` : '';
  return `${label} ${where}${field}: ${problem.message}`;
}
