import type { ZodError, ZodTypeAny } from 'zod';
import { problemOf, type SchemaProblem } from './schema-problems';

/** One thing wrong in one file's front matter: where, and what (src/i18n/frontmatter.ts words it). */
export interface FrontmatterProblem {
  /** Path of the Markdown file, relative to the repository, e.g. content/news/ra-mat.md */
  file: string;
  /** The field as written in the file, e.g. "sources.0.url"; empty for the file as a whole. */
  field: string;
  /** What the schema found wrong; absent for zod's own issues, which only have `zodMessage`. */
  problem?: SchemaProblem;
  zodMessage: string;
}

/** Turns zod's issues into one problem per field. */
export function describeProblems(file: string, error: ZodError): FrontmatterProblem[] {
  return error.issues.map((issue) => {
    const problem = problemOf(issue);
    return { file, field: issue.path.join('.'), ...(problem ? { problem } : {}), zodMessage: issue.message };
  });
}

/** Checks one file's front matter; an empty list means it is valid. */
export function validateFrontmatter(schema: ZodTypeAny, file: string, data: unknown): FrontmatterProblem[] {
  const result = schema.safeParse(data);
  return result.success ? [] : describeProblems(file, result.error);
}
