/**
 * What editors wrote about procedures, by code: plain summaries (content/tom-tat/) and warnings
 * that a record is out of date or defective (content/luu-y-ban-ghi/). The build stops, naming the
 * file, on a code the catalogue lacks, a file named after another code, or two files for one code.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeNoteProblem } from '../i18n/note-problems';
import { editorsText } from '../i18n/editors';
import { MARKDOWN_COLLECTIONS } from '../lib/content/collections';
import { catalogueFile } from '../lib/content/data-files';
import { toIsoDate } from '../lib/format/date';
import { isBlocking, noteProblems, type NoteToCheck } from '../lib/procedure-notes/check';
import { loadCatalogue } from './catalogue';

export type SummaryEntry = CollectionEntry<'summaries'>;
export type RecordNoteEntry = CollectionEntry<'recordNotes'>;

export interface ProcedureNotes {
  summaries: Map<string, SummaryEntry>;
  recordNotes: Map<string, RecordNoteEntry>;
}

let cached: Promise<ProcedureNotes> | undefined;

export function procedureNotes(): Promise<ProcedureNotes> {
  cached ??= readNotes();
  return cached;
}

function toCheck(entry: SummaryEntry | RecordNoteEntry, folder: string): NoteToCheck {
  return {
    file: entry.filePath ?? `content/${folder}/${entry.id}.md`,
    slug: entry.id,
    code: entry.data.code,
    ...(entry.collection === 'summaries' ? { updated: toIsoDate(entry.data.updated) } : {}),
  };
}

async function readNotes(): Promise<ProcedureNotes> {
  const [summaries, recordNotes, { procedures, meta }] = await Promise.all([
    getCollection('summaries'),
    getCollection('recordNotes'),
    loadCatalogue(),
  ]);
  const codes = new Set(procedures.map((procedure) => procedure.code));
  const problems = [
    ...noteProblems(summaries.map((e) => toCheck(e, MARKDOWN_COLLECTIONS.summaries.folder)), codes, meta.asOf),
    ...noteProblems(recordNotes.map((e) => toCheck(e, MARKDOWN_COLLECTIONS.recordNotes.folder)), codes, meta.asOf),
  ].filter(isBlocking);
  if (problems.length > 0) {
    const lines = problems.map((problem) => `${problem.file}: ${describeNoteProblem(problem, catalogueFile())}`);
    throw new Error([editorsText.contentCheck.buildStopped(problems[0]?.file ?? ''), ...lines].join('\n'));
  }
  return {
    summaries: new Map(summaries.map((entry) => [entry.data.code, entry])),
    recordNotes: new Map(recordNotes.map((entry) => [entry.data.code, entry])),
  };
}
