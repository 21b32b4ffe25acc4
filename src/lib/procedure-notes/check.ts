/**
 * What editors' notes about procedures (summaries in content/tom-tat/, record warnings in
 * content/luu-y-ban-ghi/) must hold beyond their front matter: the code is in the catalogue, the
 * file is named after it, one file per code. The build and `npm run check` both ask these. A
 * summary older than the catalogue's data is only a warning: the record may have changed.
 */
export interface NoteToCheck {
  /** "content/tom-tat/1-001193.md" */
  file: string;
  slug: string;
  code: string;
  /** A summary's `updated` day (YYYY-MM-DD); absent for a record warning. */
  updated?: string;
}

export type NoteProblem =
  | { file: string; kind: 'unknownCode'; code: string }
  | { file: string; kind: 'fileName'; code: string; expected: string }
  | { file: string; kind: 'duplicate'; code: string; otherFile: string }
  | { file: string; kind: 'stale'; code: string; updated: string; asOf: string };

/** "1.001193" → "1-001193": the name of the file about it, without ".md". */
export function slugOfCode(code: string): string {
  return code.replace('.', '-');
}

export function noteProblems(
  notes: readonly NoteToCheck[],
  knownCodes: ReadonlySet<string>,
  catalogueAsOf: string,
): NoteProblem[] {
  const problems: NoteProblem[] = [];
  const owner = new Map<string, string>();
  for (const note of notes) {
    if (!knownCodes.has(note.code)) problems.push({ file: note.file, kind: 'unknownCode', code: note.code });
    if (note.slug !== slugOfCode(note.code)) {
      problems.push({ file: note.file, kind: 'fileName', code: note.code, expected: slugOfCode(note.code) });
    }
    const other = owner.get(note.code);
    if (other !== undefined) problems.push({ file: note.file, kind: 'duplicate', code: note.code, otherFile: other });
    else owner.set(note.code, note.file);
    if (note.updated !== undefined && note.updated < catalogueAsOf) {
      problems.push({ file: note.file, kind: 'stale', code: note.code, updated: note.updated, asOf: catalogueAsOf });
    }
  }
  return problems;
}

/** Problems that stop publishing; a stale summary is shown to editors but published. */
export function isBlocking(problem: NoteProblem): boolean {
  return problem.kind !== 'stale';
}
