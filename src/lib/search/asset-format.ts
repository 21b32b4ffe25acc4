/**
 * The search index file's layout, shared by the build that writes it (asset-encode.ts) and the
 * search page that reads it (asset-decode.ts): procedures as arrays, repeated strings (fields,
 * agencies, topic groups) as indexes into tables, tiers and methods as bit masks. It holds only
 * what the result list shows or filters on.
 */
import type { MethodKind, OnlineLevel, OnlineMode, Tier } from '../catalogue/constants';
import type { SynonymTable } from './synonyms';

/** An event result lists this many of its procedures. */
export const EVENT_PROCEDURES_SHOWN = 3;

/** Bump when the layout below changes, so a stale cached file is refused rather than misread. */
export const SEARCH_ASSET_VERSION = 3;

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
  /**
   * Events: the words (folded) of what the event is about — its title, description, steps, notes,
   * page text and the names of all its procedures — for a query that tells a situation without
   * the event's everyday words.
   */
  eventSituation?: string[];
}

/** A life event as the build passes it in (src/data/events.ts). */
export interface EventInput {
  url: string;
  title: string;
  description: string;
  words: readonly string[];
  /** Codes of its procedures in order; the result shows the first few. */
  codes: readonly string[];
  /** What the event page says beside its title: its steps' titles and notes, its text. */
  situation?: string;
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

export type ProcedureRow = [
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
export type PageRow = [kind: number, url: string, title: string, description: string];
export type EventRow = [
  url: string,
  title: string,
  description: string,
  words: string[],
  codes: string[],
  situation: string[],
];

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
