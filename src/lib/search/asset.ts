/**
 * The search index file: built once per build (src/pages/tra-cuu/[asset].json.ts), fetched by the
 * search page only. It holds only what the result list shows or filters on, in a compact form:
 * procedures as arrays, repeated strings (fields, agencies, topic groups) as indexes into tables,
 * tiers and methods as bit masks. Decoding gives back plain records.
 */
import {
  METHODS,
  ONLINE_MODES,
  TIERS,
  type MethodKind,
  type OnlineLevel,
  type OnlineMode,
  type Tier,
} from '../catalogue/constants';
import type { Procedure } from '../catalogue/schema';
import { editorsText } from '../../i18n/editors';
import { procedurePath } from '../navigation';
import { documentPhrases } from './document-pairs';
import type { SynonymTable } from './synonyms';
import { words } from './text';

/** An event result lists this many of its procedures. */
export const EVENT_PROCEDURES_SHOWN = 3;

/** Bump when the layout below changes, so a stale cached file is refused rather than misread. */
export const SEARCH_ASSET_VERSION = 2;

/** Kinds of articles that are searched alongside procedures, in the order of their index. */
export const PAGE_KINDS = ['guide', 'explainer', 'postal', 'news'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export type RecordKind = 'procedure' | 'event' | PageKind;

/** One searchable thing, as the search and the result list use it. */
export interface SearchRecord {
  kind: RecordKind;
  url: string;
  /** The procedure's name or the article's title (NFC). */
  title: string;
  /** Procedures: the field (lĩnh vực); articles: the description. Searched with a lower weight. */
  detail: string;
  code?: string;
  agencies: string[];
  topicGroup?: string;
  tiers: Tier[];
  methods: MethodKind[];
  level?: OnlineLevel;
  mode?: OnlineMode;
  /**
   * Procedures: the heads of its papers' names (documents to bring, what it gives) that few
   * other procedures share, folded ("giay chung sinh"; see document-pairs.ts). Searched with a
   * low weight.
   */
  documentPairs?: string[];
  /** Events: the everyday words (folded) a query must hold one of to find the event. */
  eventWords?: string[];
  /** Events: the first procedures, as the result shows them. */
  eventProcedures?: { code: string; title: string; url: string }[];
}

/** A life event as the build passes it in (src/data/events.ts). */
export interface EventInput {
  url: string;
  title: string;
  description: string;
  words: readonly string[];
  /** Codes of its procedures in order; the result shows the first few. */
  codes: readonly string[];
}

/** A topic group as the search offers it in its filter: id and short name. */
export interface GroupChoice {
  id: string;
  name: string;
}

/** An article as the build passes it in. */
export interface PageInput {
  kind: PageKind;
  url: string;
  title: string;
  description: string;
}

type ProcedureRow = [
  code: string,
  name: string,
  field: number,
  group: number,
  tiers: number,
  methods: number,
  agencies: number[],
  level: number,
  mode: number,
  documentPairs: string,
];
type PageRow = [kind: number, url: string, title: string, description: string];
type EventRow = [url: string, title: string, description: string, words: string[], codes: string[]];

/** The file's JSON. */
export interface SearchAsset {
  v: number;
  groups: [id: string, name: string][];
  fields: string[];
  agencies: string[];
  procedures: ProcedureRow[];
  pages: PageRow[];
  events: EventRow[];
  synonyms: string[][];
  optionalWords: string[];
}

/** What the search needs after decoding. */
export interface SearchData {
  records: SearchRecord[];
  groups: GroupChoice[];
  synonyms: SynonymTable;
}

function mask<T>(values: readonly T[], all: readonly T[]): number {
  return values.reduce((bits, value) => bits | (1 << all.indexOf(value)), 0);
}

function unmask<T>(bits: number, all: readonly T[]): T[] {
  return all.filter((_, index) => (bits & (1 << index)) !== 0);
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
      throw new Error(editorsText.searchData.unknownGroup(procedure.code, procedure.topicGroup));
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
    ]),
    synonyms: input.synonyms.groups,
    optionalWords: input.synonyms.optionalWords,
  };
}

function decodeProcedure(row: ProcedureRow, asset: SearchAsset): SearchRecord {
  const [code, name, field, group, tiers, methods, agencies, level, mode, documentPairs] = row;
  const record: SearchRecord = {
    kind: 'procedure',
    url: procedurePath(code),
    title: name,
    detail: asset.fields[field] ?? '',
    code,
    agencies: agencies.map((index) => asset.agencies[index] ?? '').filter(Boolean),
    tiers: unmask(tiers, TIERS),
    methods: unmask(methods, METHODS),
  };
  const groupId = asset.groups[group]?.[0];
  if (groupId) record.topicGroup = groupId;
  if (level === 2 || level === 3 || level === 4) record.level = level;
  const onlineMode = ONLINE_MODES[mode - 1];
  if (onlineMode) record.mode = onlineMode;
  if (documentPairs) record.documentPairs = documentPairs.split(',');
  return record;
}

function decodeEvent(
  [url, title, description, eventWords, codes]: EventRow,
  procedures: SearchRecord[],
): SearchRecord {
  const byCode = new Map(procedures.map((record) => [record.code, record]));
  return {
    kind: 'event',
    url,
    title,
    detail: description,
    agencies: [],
    tiers: [],
    methods: [],
    eventWords,
    eventProcedures: codes.flatMap((code) => {
      const record = byCode.get(code);
      return record ? [{ code, title: record.title, url: record.url }] : [];
    }),
  };
}

function decodePage([kind, url, title, description]: PageRow): SearchRecord {
  return {
    kind: PAGE_KINDS[kind] ?? 'guide',
    url,
    title,
    detail: description,
    agencies: [],
    tiers: [],
    methods: [],
  };
}

/** Reads the fetched JSON; throws when it is not an asset this code understands. */
export function decodeSearchAsset(json: unknown): SearchData {
  const asset = json as Partial<SearchAsset> | null;
  if (
    !asset ||
    asset.v !== SEARCH_ASSET_VERSION ||
    !Array.isArray(asset.procedures) ||
    !Array.isArray(asset.pages) ||
    !Array.isArray(asset.groups)
  ) {
    throw new Error(`Not a search index of version ${SEARCH_ASSET_VERSION}`);
  }
  const whole = asset as SearchAsset;
  const procedures = whole.procedures.map((row) => decodeProcedure(row, whole));
  return {
    records: [
      ...procedures,
      ...whole.pages.map(decodePage),
      ...(whole.events ?? []).map((row) => decodeEvent(row, procedures)),
    ],
    groups: whole.groups.map(([id, name]) => ({ id, name })),
    synonyms: { groups: whole.synonyms ?? [], optionalWords: whole.optionalWords ?? [] },
  };
}
