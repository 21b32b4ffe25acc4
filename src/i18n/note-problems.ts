/** The checks of src/lib/procedure-notes/check.ts in words, for the build and `npm run check`. */
import type { NoteProblem } from '../lib/procedure-notes/check';
import { editorsText } from './editors';

const m = editorsText.schema;

export function describeNoteProblem(problem: NoteProblem, catalogueFile: string): string {
  switch (problem.kind) {
    case 'unknownCode':
      return m.noteUnknownCode(problem.code, catalogueFile);
    case 'fileName':
      return m.noteFileName(problem.code, problem.expected);
    case 'duplicate':
      return m.noteDuplicate(problem.code, problem.otherFile);
    case 'stale':
      return m.summaryStale(problem.updated, problem.asOf);
  }
}
