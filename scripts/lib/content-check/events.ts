/**
 * Life events (content/su-kien/) checked together, as the build checks them
 * (src/lib/events/check.ts): every code in the catalogue, no everyday word in two events, no two
 * files with one address. Each problem names the file and the line of the code or word; a
 * shared word or address also names the other file. A file whose front matter is wrong is left
 * to the schema's own messages.
 */
import { vi } from '../../../src/i18n/vi';
import { catalogueFile } from '../../../src/lib/content/data-files';
import { eventProblems, type EventProblem, type EventToCheck } from '../../../src/lib/events/check';
import { eventRecordProblems, type EventRecordProblem } from '../../../src/lib/events/record-check';
import { codeOfSlug } from '../../../src/lib/content/procedure-note-schemas';
import type { LifeEvent } from '../../../src/lib/content/event-schemas';
import type { Procedure } from '../../../src/lib/catalogue/schema';
import type { ContentFile } from './content-files';
import { checkFrontmatter, lineOfField } from './frontmatter';
import type { Problem } from './problems';

const m = vi.schema;

/** Where a code or a word is written: its field ("steps.1.procedures.0.code") and line. */
interface Place {
  field: string;
  line: number | undefined;
}

interface ReadEvent extends EventToCheck {
  /** Each code where it is first written, and each word. */
  codePlaces: Map<string, Place>;
  wordPlaces: Map<string, Place>;
  steps: LifeEvent['steps'];
  at: (path: (string | number)[]) => Place;
}

function readEvent(content: ContentFile): ReadEvent | undefined {
  const { markdown, data } = checkFrontmatter(content);
  if (!markdown || !data) return undefined;
  const event = data as LifeEvent;
  const at = (path: (string | number)[]): Place => ({
    field: path.join('.'),
    line: lineOfField(markdown.frontmatter, markdown.firstLine, path),
  });
  const codePlaces = new Map<string, Place>();
  event.steps.forEach((step, stepIndex) =>
    step.procedures.forEach(({ code }, index) => {
      if (!codePlaces.has(code)) codePlaces.set(code, at(['steps', stepIndex, 'procedures', index, 'code']));
    }),
  );
  const wordPlaces = new Map(event.words.map((word, index) => [word, at(['words', index])]));
  return {
    file: content.file,
    slug: content.slug,
    words: event.words,
    codes: [...codePlaces.keys()],
    codePlaces,
    wordPlaces,
    steps: event.steps,
    at,
  };
}

function toProblem(problem: EventProblem, event: ReadEvent): Problem {
  const base = { severity: 'error' as const, file: problem.file };
  switch (problem.kind) {
    case 'unknownCode':
      return {
        ...base,
        ...event.codePlaces.get(problem.code),
        message: m.eventUnknownCode(problem.code, catalogueFile()),
      };
    case 'sharedWord':
      return {
        ...base,
        ...event.wordPlaces.get(problem.word),
        message: m.eventSharedWord(problem.word, problem.otherFile),
      };
  }
}

function recordWarning(problem: EventRecordProblem, event: ReadEvent): Problem {
  return {
    severity: 'warning',
    file: event.file,
    ...event.at(['steps', problem.step, 'procedures', problem.index, 'code']),
    message:
      problem.kind === 'onlineButInPerson'
        ? m.eventOnlineInPerson(problem.code)
        : m.eventGoneBodies(problem.code, problem.words.map((word) => `«${word}»`).join(', ')),
  };
}

/**
 * The problems of the set of life events among `files`, against the catalogue; and, as warnings,
 * steps whose procedure's own record does not serve them the way the event says (unless an
 * editors' warning about that record exists among `files`).
 */
export function checkEvents(
  files: readonly ContentFile[],
  procedureCodes: ReadonlySet<string>,
  procedures: ReadonlyMap<string, Procedure> = new Map(),
): Problem[] {
  const events = files
    .filter((content) => content.collection === 'events')
    .map(readEvent)
    .filter((event): event is ReadEvent => event !== undefined);
  const byFile = new Map(events.map((event) => [event.file, event]));
  const noted = new Set(files.filter((f) => f.collection === 'recordNotes').map((f) => codeOfSlug(f.slug)));
  return [
    ...eventProblems(events, procedureCodes).map((problem) => toProblem(problem, byFile.get(problem.file) as ReadEvent)),
    ...events.flatMap((event) =>
      eventRecordProblems(event.steps, procedures, noted).map((problem) => recordWarning(problem, event)),
    ),
  ];
}
