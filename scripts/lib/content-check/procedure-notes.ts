/**
 * Editors' summaries (content/tom-tat/) and record warnings (content/luu-y-ban-ghi/) checked
 * together against the catalogue, as the build checks them (src/lib/procedure-notes/check.ts):
 * the code exists, the file is named after it, one file per code; and, as a warning, a summary
 * reviewed before the catalogue's data was updated. Each problem is on the line of the code.
 */
import { describeNoteProblem } from '../../../src/i18n/note-problems';
import { catalogueFile } from '../../../src/lib/content/data-files';
import { isBlocking, noteProblems, type NoteToCheck } from '../../../src/lib/procedure-notes/check';
import type { ContentFile } from './content-files';
import { checkFrontmatter, lineOfField } from './frontmatter';
import type { SiteMap } from './links';
import type { Problem } from './problems';

function readNote(content: ContentFile): (NoteToCheck & { line: number | undefined }) | undefined {
  const { markdown, data } = checkFrontmatter(content);
  if (!markdown || !data) return undefined;
  const code = (data as { code: string }).code;
  const updated = (data as { updated?: Date }).updated;
  return {
    file: content.file,
    slug: content.slug,
    code,
    ...(content.collection === 'summaries' && updated ? { updated: updated.toISOString().slice(0, 10) } : {}),
    line: lineOfField(markdown.frontmatter, markdown.firstLine, ['code']),
  };
}

export function checkProcedureNotes(files: readonly ContentFile[], site: SiteMap): Problem[] {
  return (['summaries', 'recordNotes'] as const).flatMap((collection) => {
    const notes = files
      .filter((content) => content.collection === collection)
      .map(readNote)
      .filter((note) => note !== undefined);
    const lines = new Map(notes.map((note) => [note.file, note.line]));
    return noteProblems(notes, site.procedureCodes, site.catalogueAsOf).map(
      (problem): Problem => ({
        severity: isBlocking(problem) ? 'error' : 'warning',
        file: problem.file,
        line: lines.get(problem.file),
        field: 'code',
        message: describeNoteProblem(problem, catalogueFile()),
      }),
    );
  });
}
