/**
 * The search's shapes: what a caller asks (filters), what it gets back (hits with marked ranges),
 * and the in-memory index the other modules of src/lib/search/ share.
 */
import type { MethodKind, OnlineLevel, Tier } from '../catalogue/constants';
import type { GroupChoice, SearchRecord } from './asset-format';
import type { QueryVariant, SynonymLookup } from './synonyms';

/** Filters a citizen can set; all optional, combined with AND. */
export interface SearchFilters {
  group?: string | undefined;
  tier?: Tier | undefined;
  method?: MethodKind | undefined;
  level?: OnlineLevel | undefined;
}

/** [start, end) positions in the record's title to mark. */
export type Range = [start: number, end: number];

export interface SearchHit {
  record: SearchRecord;
  highlights: Range[];
}

export interface SearchResponse {
  /**
   * empty: nothing to search for and no filter (the page shows the common tasks);
   * browse: filters only; code: the query is a procedure code; text: a search by words.
   */
  mode: 'empty' | 'browse' | 'code' | 'text';
  /** The best hits, at most `limit`. */
  hits: SearchHit[];
  /** How many records match in all. */
  total: number;
  /** No record contains every word: the hits contain only some of them. */
  partial: boolean;
}

export interface SearchIndex {
  records: SearchRecord[];
  groups: GroupChoice[];
  titles: string[];
  details: string[];
  titlePostings: Map<string, number[]>;
  detailPostings: Map<string, number[]>;
  /** Every record's words in order, as numbers (title, -1, detail), for checking phrases. */
  wordNumbers: Map<string, number>;
  wordList: string[];
  sequences: Int32Array;
  sequenceStarts: Int32Array;
  vocabulary: string[];
  vocabularySet: Set<string>;
  byCode: Map<string, number>;
  /** Pairs of words in papers' phrases ("chung sinh") → the procedures whose papers hold them. */
  documentPairPostings: Map<string, number[]>;
  /** Papers' whole phrases ("giay chung sinh") → the procedures whose papers they name. */
  documentPhrasePostings: Map<string, number[]>;
  /**
   * Life events, each with its everyday words as word lists, the words of what it is about (its
   * situation) and of what it is named for (`core`: title, description, everyday words);
   * `situationEvents` and `coreEvents` count in how many events each such word appears.
   */
  events: { id: number; words: string[][]; situation: Set<string>; core: Set<string> }[];
  situationEvents: Map<string, number>;
  coreEvents: Map<string, number>;
  lookup: SynonymLookup;
  /** Optional single words ("xin", "cho"), and optional phrases, optional only together ("thu tuc"). */
  optionalWords: Set<string>;
  optionalPhrases: string[][];
  wordCache: Map<string, WordMatch[]>;
  /** What the ranking reads from each name, worked out once per name when first needed (priors.ts). */
  nameCache: Map<number, NameFacts>;
  alphabetical?: number[];
}

/** A word of the index that a query word matched, and how well (1 = the very word). */
export interface WordMatch {
  token: string;
  quality: number;
  /** Set when the query word is the start of this one: only that many letters are marked. */
  prefix?: number;
}

/** A name's words (folded) and what they say about the procedure, for the re-ranking. */
export interface NameFacts {
  words: string[];
  /** Which of the words are optional ("thủ tục", "cho"). */
  optional: boolean[];
  /** The name without openers, undoing verb, special cases and placing words: shared by versions of one procedure. */
  stem: string;
  /** How many words the stem has. */
  stemSize: number;
  /** The stem before it is cut to its first words, between spaces (" bổ sung … hộ kinh doanh "). */
  wholeStem: string;
  /** The undoing verb the name begins with ("xóa"), if any. */
  undoing: readonly string[] | undefined;
  /** The follow-up verb the name begins with ("gia hạn", "cấp lại"), if any. */
  followUp: readonly string[] | undefined;
  /** The special cases the name names ("nước ngoài"), as folded phrases. */
  specials: readonly (readonly string[])[];
}

/** Per-variant word data: what each word matched and whether a result must contain it. */
export interface ResolvedVariant {
  variant: QueryVariant;
  /** Whether the words were looked up for typing mistakes (a short query; see words.ts). */
  typosLookedFor: boolean;
  words: { word: string; required: boolean; optional: boolean; matches: WordMatch[] }[];
}
