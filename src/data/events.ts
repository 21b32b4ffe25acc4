/**
 * Life events (content/su-kien/) for the routes and the search, with each procedure looked up in
 * the catalogue. The build stops, naming the file, on anything src/lib/events/check.ts refuses:
 * an event that points at a procedure the catalogue lacks is never published.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrderThenTitle } from '../lib/content/order';
import { MARKDOWN_COLLECTIONS } from '../lib/content/collections';
import { catalogueFile } from '../lib/content/data-files';
import { eventProblems, type EventProblem } from '../lib/events/check';
import type { Procedure } from '../lib/catalogue/schema';
import { editorsText } from '../i18n/editors';
import { loadCatalogue } from './catalogue';

export type EventEntry = CollectionEntry<'events'>;

export interface EventProcedure {
  procedure: Procedure;
  note?: string | undefined;
}

export interface EventStep {
  title: string;
  procedures: EventProcedure[];
}

export interface ResolvedEvent {
  entry: EventEntry;
  steps: EventStep[];
  /** The "liên thông" procedure that does several at once, when the event names one. */
  combined?: Procedure | undefined;
}

function fileOf(entry: EventEntry): string {
  return entry.filePath ?? `content/${MARKDOWN_COLLECTIONS.events.folder}/${entry.id}.md`;
}

function describe(problem: EventProblem): string {
  const m = editorsText.schema;
  const text =
    problem.kind === 'unknownCode'
      ? m.eventUnknownCode(problem.code, catalogueFile())
      : m.eventSharedWord(problem.word, problem.otherFile);
  return `${problem.file}: ${text}`;
}

let cached: Promise<ResolvedEvent[]> | undefined;

/** Every published event in display order, its procedures resolved. */
export function lifeEvents(): Promise<ResolvedEvent[]> {
  cached ??= readEvents();
  return cached;
}

async function readEvents(): Promise<ResolvedEvent[]> {
  const entries = byOrderThenTitle(await getCollection('events'));
  const { procedures } = await loadCatalogue();
  const byCode = new Map(procedures.map((procedure) => [procedure.code, procedure]));
  const problems = eventProblems(
    entries.map((entry) => ({
      file: fileOf(entry),
      slug: entry.id,
      words: entry.data.words,
      codes: entry.data.steps.flatMap((step) => step.procedures.map((procedure) => procedure.code)),
    })),
    new Set(byCode.keys()),
  );
  if (problems.length > 0) throw new Error(problems.map(describe).join('\n'));
  const find = (code: string): Procedure => byCode.get(code) as Procedure;
  return entries.map((entry) => ({
    entry,
    steps: entry.data.steps.map((step) => ({
      title: step.title,
      procedures: step.procedures.map(({ code, note }) => ({ procedure: find(code), note })),
    })),
    combined: entry.data.combined === undefined ? undefined : find(entry.data.combined),
  }));
}

/** The events each procedure belongs to, for "Thuộc sự kiện:" on its page. */
export async function eventsByProcedure(): Promise<Map<string, EventEntry[]>> {
  const map = new Map<string, EventEntry[]>();
  for (const event of await lifeEvents()) {
    const codes = new Set(event.steps.flatMap((step) => step.procedures.map((item) => item.procedure.code)));
    for (const code of codes) map.set(code, [...(map.get(code) ?? []), event.entry]);
  }
  return map;
}
