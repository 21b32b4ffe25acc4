/**
 * Whether a life event still routes citizens the way its procedures' own records allow: a step
 * that says "trực tuyến" while the record offers only the office, or a record that still names
 * bodies that no longer exist (the district tier, the household book abolished from 1/1/2023).
 * Judged from each record, never from its title. A procedure with an editors' warning
 * (content/luu-y-ban-ghi/) is already explained to citizens and is not flagged again.
 */
import { acceptsOnly } from '../catalogue/methods';
import type { Procedure } from '../catalogue/schema';
import { stripMarks } from '../text/fold';

export interface EventStepToCheck {
  title: string;
  procedures: readonly { code: string; note?: string | undefined }[];
}

export type EventRecordProblem =
  | { kind: 'onlineButInPerson'; code: string; step: number; index: number }
  | { kind: 'goneBodies'; code: string; step: number; index: number; words: string[] };

/** Words for what is gone, as records write them, folded: found anywhere in a record's text. */
const GONE = [
  ['cap huyen', 'cấp huyện'],
  ['so ho khau', 'sổ hộ khẩu'],
] as const;

const ONLINE = /\btruc tuyen\b|\bqua mang\b/;

function fold(text: string): string {
  return stripMarks(text).toLowerCase();
}

/** All of a record's own words citizens follow: agencies, documents, steps, conditions, results. */
function recordText(procedure: Procedure): string {
  return fold(
    [
      ...procedure.agencies,
      procedure.competentAuthority ?? '',
      ...(procedure.documents ?? []).map((document) => document.name),
      procedure.documentsText ?? '',
      ...(procedure.steps ?? []),
      procedure.requirements ?? '',
      ...(procedure.result ?? []).map((result) => result.name),
    ].join('\n'),
  );
}

export function eventRecordProblems(
  steps: readonly EventStepToCheck[],
  byCode: ReadonlyMap<string, Procedure>,
  noted: ReadonlySet<string>,
): EventRecordProblem[] {
  const problems: EventRecordProblem[] = [];
  steps.forEach((step, stepIndex) =>
    step.procedures.forEach(({ code, note }, index) => {
      const procedure = byCode.get(code);
      if (!procedure || noted.has(code)) return;
      const said = fold(`${step.title}\n${note ?? ''}`);
      if (ONLINE.test(said) && acceptsOnly(procedure, 'truc-tiep')) {
        problems.push({ kind: 'onlineButInPerson', code, step: stepIndex, index });
      }
      const text = recordText(procedure);
      const words = GONE.filter(([folded]) => text.includes(folded)).map(([, written]) => written);
      if (words.length > 0) problems.push({ kind: 'goneBodies', code, step: stepIndex, index, words });
    }),
  );
  return problems;
}
