/**
 * Writes the search index file (src/pages/tra-cuu/[asset].json.ts) from the catalogue, the
 * articles and the life events, in the layout of asset-format.ts. Build side only: the search page
 * never loads this file.
 */
import { METHODS, ONLINE_MODES, TIERS } from '../catalogue/constants';
import type { Procedure } from '../catalogue/schema';
import {
  EVENT_PROCEDURES_SHOWN,
  PAGE_KINDS,
  SEARCH_ASSET_VERSION,
  type EventInput,
  type PageInput,
  type ProcedureRow,
  type SearchAsset,
} from './asset-format';
import { documentPhrases } from './document-pairs';
import type { SynonymTable } from './synonyms';
import { words } from './text';

/** A procedure's topic group is not in the groups file: the import and the file disagree. */
export class UnknownGroupError extends Error {
  override readonly name = 'UnknownGroupError';
  constructor(
    readonly code: string,
    readonly group: string,
  ) {
    super(`${code}: ${group}`);
  }
}

function mask<T>(values: readonly T[], all: readonly T[]): number {
  return values.reduce((bits, value) => bits | (1 << all.indexOf(value)), 0);
}

/** Numbers each distinct string in first-seen order. */
function table() {
  const index = new Map<string, number>();
  return {
    id(value: string): number {
      let id = index.get(value);
      if (id === undefined) {
        id = index.size;
        index.set(value, id);
      }
      return id;
    },
    values: (): string[] => [...index.keys()],
  };
}

/**
 * The distinct folded words of what an event is about: its title, description, its page's steps
 * and text, and the names of all its procedures. A situation typed as a sentence ("vợ tôi vừa
 * sinh") finds the event by these when it holds none of the event's everyday words.
 */
function situationWords(event: EventInput, procedures: readonly Procedure[]): string[] {
  const codes = new Set(event.codes);
  const names = procedures
    .filter((procedure) => codes.has(procedure.code))
    .map((procedure) => procedure.name);
  const text = [event.title, event.description, event.situation ?? '', ...names].join(' ');
  return [...new Set(words(text))].sort();
}

/**
 * Builds the asset. `groupNames` gives the display name of each topic group id; a procedure whose
 * group the names lack is an error (the import and the group file disagree). With no names at all
 * (before the first import copies the group file) the page simply offers no topic filter.
 */
export function encodeSearchAsset(input: {
  procedures: readonly Procedure[];
  pages: readonly PageInput[];
  events?: readonly EventInput[];
  groupNames: ReadonlyMap<string, string>;
  synonyms: SynonymTable;
}): SearchAsset {
  const fields = table();
  const agencies = table();
  const groupIds = table();
  const pairs = documentPhrases(input.procedures);
  const procedures = input.procedures.map((procedure, position): ProcedureRow => {
    if (input.groupNames.size > 0 && !input.groupNames.has(procedure.topicGroup)) {
      throw new UnknownGroupError(procedure.code, procedure.topicGroup);
    }
    return [
      procedure.code,
      procedure.name.normalize('NFC'),
      fields.id(procedure.field.normalize('NFC')),
      groupIds.id(procedure.topicGroup),
      mask(procedure.tiers, TIERS),
      mask([...new Set(procedure.methods.map((method) => method.kind))], METHODS),
      procedure.agencies.map((agency) => agencies.id(agency.normalize('NFC'))),
      procedure.onlineLevel ?? 0,
      procedure.onlineMode ? ONLINE_MODES.indexOf(procedure.onlineMode) + 1 : 0,
      (pairs[position] ?? []).join(','),
    ];
  });
  return {
    v: SEARCH_ASSET_VERSION,
    groups: groupIds.values().map((id) => [id, input.groupNames.get(id) ?? id]),
    fields: fields.values(),
    agencies: agencies.values(),
    procedures,
    pages: input.pages.map((page) => [
      PAGE_KINDS.indexOf(page.kind),
      page.url,
      page.title.normalize('NFC'),
      page.description.normalize('NFC'),
    ]),
    events: (input.events ?? []).map((event) => [
      event.url,
      event.title.normalize('NFC'),
      event.description.normalize('NFC'),
      event.words.map((word) => words(word).join(' ')),
      [...event.codes].slice(0, EVENT_PROCEDURES_SHOWN),
      situationWords(event, input.procedures),
    ]),
    synonyms: input.synonyms.groups,
    optionalWords: input.synonyms.optionalWords,
  };
}
