/**
 * What editors write about one procedure of the catalogue, keyed by its national code. Both are
 * shown on the procedure's own page (/thu-tuc/<code>/), above the official data, which stays whole
 * below. Name each file after the code, with dashes for dots: content/tom-tat/1-001193.md.
 *
 * content/tom-tat/ — "Tóm tắt": a plain summary of a procedure citizens do most (the home page's
 * top tasks). For editors:
 *   who:          who can do it, and who does it for whom, in one or two sentences.
 *   bring:        what everyone brings (not the papers for special cases), one short line each.
 *   steps:        three to six short lines, in order.
 *   time, cost, where:  as the record or a named source says; never "Miễn phí" where a fee is named.
 *   returnedFor:  common reasons a dossier is sent back, only where a source says so.
 *   recordNote:   where this summary and the official record disagree: which is newer and why.
 *
 * content/luu-y-ban-ghi/ — "Lưu ý về dữ liệu": a warning that the catalogue's record of a
 * procedure is out of date (kind: outdated) or looks defective (kind: defective), with the current
 * way to do it when there is one (currentWay). The body says, in two to four plain sentences, what
 * in the record is wrong and what to do today. Life-event pages show the same warning.
 *
 * `npm run check` and the build refuse a code that is not in the catalogue, or a file named after
 * another code; they warn when the catalogue was updated after a summary's `updated` day.
 */
import { z } from 'zod';
import { editorKind } from './editor-kinds';
import {
  date,
  fail,
  fields,
  nonEmptyList,
  procedureCode,
  requiredSources,
  reviewAfterUpdate,
  text,
  webAddress,
} from './schemas';

/** A summary's steps: few enough to read at a glance, enough to be a path. */
export const SUMMARY_STEPS = { min: 3, max: 6 } as const;
/** A summary lists what everyone brings; more than this is the full list, which the page already has. */
export const SUMMARY_MOST_PAPERS = 8;

function shortList(field: string, max: number, itemLength: number) {
  return editorKind(
    nonEmptyList(text(field, itemLength), { kind: 'summaryNoPapers' }).transform((items, ctx) =>
      items.length > max ? fail(ctx, { kind: 'listTooLong', field, max }) : items,
    ),
    { kind: 'list', min: 1, max },
  );
}

export const procedureSummarySchema = fields({
  /** The procedure's national code, in quotes: "1.001193". */
  code: procedureCode,
  /** The day the summary was last checked against the record and its sources. */
  updated: date('updated'),
  /** The day by which someone must check it again (at most six months later is the rule). */
  reviewBy: date('reviewBy'),
  /** Who can do it, in one or two sentences. */
  who: text('who', 300),
  /** What everyone brings, one short line each. */
  bring: shortList('bring', SUMMARY_MOST_PAPERS, 200),
  /** The steps, three to six short lines in order. */
  steps: editorKind(
    nonEmptyList(text('steps', 200), { kind: 'summarySteps', ...SUMMARY_STEPS }).transform((steps, ctx) =>
      steps.length < SUMMARY_STEPS.min || steps.length > SUMMARY_STEPS.max
        ? fail(ctx, { kind: 'summarySteps', ...SUMMARY_STEPS })
        : steps,
    ),
    { kind: 'list', ...SUMMARY_STEPS },
  ),
  /** How long it takes. */
  time: text('time', 200),
  /** What it costs; a fee the record names is never written as free. */
  cost: text('cost', 300),
  /** Where to submit. */
  where: text('where', 300),
  /** Common reasons a dossier is sent back, only where a source says so. */
  returnedFor: z.array(text('returnedFor', 200)).max(5).optional(),
  /** Where the summary and the official record disagree: which is newer and why. */
  recordNote: text('recordNote', 400).optional(),
  sources: requiredSources,
}).superRefine(reviewAfterUpdate);

export const RECORD_NOTE_KINDS = ['outdated', 'defective'] as const;

const recordNoteKind = editorKind(
  z.unknown().transform((value, ctx): (typeof RECORD_NOTE_KINDS)[number] =>
    typeof value === 'string' && (RECORD_NOTE_KINDS as readonly string[]).includes(value.trim())
      ? (value.trim() as (typeof RECORD_NOTE_KINDS)[number])
      : fail(ctx, { kind: 'recordNoteKind' }),
  ),
  { kind: 'choice', options: RECORD_NOTE_KINDS },
);

export const recordNoteSchema = fields({
  /** The procedure's national code, in quotes: "2.000986". */
  code: procedureCode,
  /** outdated: the record describes an old way; defective: the record looks wrong. */
  kind: recordNoteKind,
  /** The warning in a few words: "Bản ghi này mô tả cách làm cũ". */
  title: text('title', 90),
  /** Where to do it today, when there is a current way: its name and its official address. */
  currentWay: fields({ name: text('name', 200), url: webAddress() }).optional(),
  updated: date('updated'),
  reviewBy: date('reviewBy'),
  sources: requiredSources,
}).superRefine(reviewAfterUpdate);

export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;
export type RecordNote = z.infer<typeof recordNoteSchema>;

/** "1.001193" ⇄ "1-001193": a file is named after the code it is about. */
export function codeOfSlug(slug: string): string {
  return slug.replace(/^(\d)-(\d{6})$/, '$1.$2');
}
