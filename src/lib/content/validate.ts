import type { ZodError, ZodTypeAny } from 'zod';
import { vi } from '../../i18n/vi';

/** One thing wrong in one file, in words the editor who wrote it can act on. */
export interface FrontmatterProblem {
  /** Path of the Markdown file, relative to the repository, e.g. content/news/ra-mat.md */
  file: string;
  /** The field as written in the file, e.g. "sources.0.url"; empty for the file as a whole. */
  field: string;
  message: string;
}

/** Turns zod's issues into one problem per field, keeping the schema's Vietnamese messages. */
export function describeProblems(file: string, error: ZodError): FrontmatterProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.join('.'),
    message: issue.message,
  }));
}

/** Checks one file's front matter; an empty list means it is valid. */
export function validateFrontmatter(schema: ZodTypeAny, file: string, data: unknown): FrontmatterProblem[] {
  const result = schema.safeParse(data);
  return result.success ? [] : describeProblems(file, result.error);
}

/** "Lỗi ở tệp content/news/x.md: trường «title»: Thiếu «title» …", one line per problem. */
export function formatProblem(problem: FrontmatterProblem): string {
  const where = problem.field ? `${vi.schema.atField(problem.field)}: ` : '';
  return `${vi.schema.inFile(problem.file)} ${where}${problem.message}`;
}
