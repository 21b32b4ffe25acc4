/**
 * What is wrong with a front-matter field, as a code with its values, never as words: the schemas
 * (pure, shared by the build, `npm run check`, the web editor and the tests) say what is wrong;
 * src/i18n/schema-problems.ts says it to the editor in Vietnamese.
 */
import { z } from 'zod';
import type { CalendarDateProblem } from './calendar-date';

export type SchemaProblem =
  | { kind: 'required'; field: string }
  | { kind: 'notText'; field: string }
  | { kind: 'emptyText'; field: string }
  | { kind: 'tooLong'; field: string; max: number }
  | { kind: 'badDate'; field: string }
  | { kind: 'notOnCalendar'; field: string; written: string; problem: Exclude<CalendarDateProblem, { kind: 'format' }> }
  | { kind: 'badNumber'; field: string }
  | { kind: 'badUrl' }
  | { kind: 'noSources' }
  | { kind: 'reviewBeforeUpdate' }
  | { kind: 'imagePath' }
  | { kind: 'imageNeedsAlt' }
  | { kind: 'badCode' }
  | { kind: 'codeNeedsQuotes' }
  | { kind: 'handoutTooLong'; max: number }
  | { kind: 'unknownField' }
  | { kind: 'eventNoWords' }
  | { kind: 'eventNoSteps' }
  | { kind: 'eventEmptyStep' }
  | { kind: 'eventCombinedNotListed' }
  | { kind: 'listTooLong'; field: string; max: number }
  | { kind: 'summaryNoPapers' }
  | { kind: 'summarySteps'; min: number; max: number }
  | { kind: 'recordNoteKind' }
  | { kind: 'kitBasedOn' }
  | { kind: 'kitTarget' }
  | { kind: 'posterLines'; max: number };

/** Records the problem on the value being checked; the value is then not used. */
export function fail(ctx: z.RefinementCtx, problem: SchemaProblem): typeof z.NEVER {
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem.kind, params: { problem } });
  return z.NEVER;
}

/** The problem a schema recorded on an issue; undefined for zod's own issues (a wrong type deep inside). */
export function problemOf(issue: z.ZodIssue): SchemaProblem | undefined {
  return issue.code === z.ZodIssueCode.custom ? (issue.params?.['problem'] as SchemaProblem | undefined) : undefined;
}
