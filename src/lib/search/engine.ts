/**
 * The search: from what a citizen typed to ranked procedures and articles with the matched words
 * marked.
 *
 * Fuse.js alone scans every record with a Bitap pattern the length of the query, which takes tens
 * to hundreds of milliseconds on long Vietnamese names. So the work is split in two:
 * 1. narrowing: every word of the query is looked up in an inverted index of folded words (exact
 *    word, then word start, then one or two typing mistakes), which scores each record by the
 *    share of the query's words it contains, rare words counting more;
 * 2. ranking: Fuse.js compares the whole query with the names of the best two dozen candidates
 *    only, rewarding words that stand together and in order ("đăng ký kết hôn") and forgiving
 *    typos the word lookup could not place; among equal matches the name that says least beyond
 *    the query comes first.
 * A record that contains every word of the query always ranks above one that does not (words the
 * catalogue has nowhere, and optional words such as "thủ tục", are not asked of any record).
 */
import Fuse from 'fuse.js';
import type { MethodKind, OnlineLevel, Tier } from '../catalogue/constants';
import type { SearchData, SearchRecord, GroupChoice } from './asset';
import { codeDigits, codeInside, parseCodeQuery } from './code';
import { editDistance } from './distance';
import { expandQuery, synonymLookup, type Phrase, type QueryVariant, type SynonymLookup } from './synonyms';
import { cleanQuery, foldKeepingPositions, splitWords, tokenize, words } from './text';

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
  lookup: SynonymLookup;
  optionalWords: Set<string>;
  wordCache: Map<string, WordMatch[]>;
  alphabetical?: number[];
}

/** A word of the index that a query word matched, and how well (1 = the very word). */
interface WordMatch {
  token: string;
  quality: number;
  /** Set when the query word is the start of this one: only that many letters are marked. */
  prefix?: number;
}

/** How well each kind of match counts. */
const QUALITY = {
  exact: 1,
  longPrefix: 0.8,
  prefix: 0.6,
  oneEdit: 0.6,
  oneEditShort: 0.45,
  twoEdits: 0.4,
} as const;
/** A word found only in the field (lĩnh vực) or description counts for this much of one in the title. */
const DETAIL_WEIGHT = 0.5;
/** Optional words ("thủ tục", "xin") count for this much of a required one. */
const OPTIONAL_WEIGHT = 0.1;
/** A result reached through a synonym ranks a little below the same result reached by the words typed. */
const SYNONYM_PENALTY = 0.05;
/** Candidates Fuse.js re-ranks: enough to hold every good answer, few enough to stay fast. */
const RERANK = 24;
/**
 * Fuse.js compares the query with this many first letters of a name: the words that tell long
 * names apart come first, and Bitap's cost grows with the length of the text.
 */
const FUSE_TEXT_LENGTH = 120;
/** Bitap's word size: longer patterns are split and cost one search per part. */
const FUSE_PATTERN_LENGTH = 32;
/** Word starts expand to at most this many index words (a two-letter start can match hundreds). */
const MAX_PREFIX_WORDS = 200;
/** The most a plain name (nothing beyond the query's words) gains over a longer one. */
const PLAIN_NAME_WEIGHT = 0.1;
/** Share of the final score from Fuse.js; the rest is the word-coverage score. */
const FUSE_SHARE = 0.4;

const FUSE_OPTIONS = {
  keys: [
    { name: 'title', weight: 0.8 },
    { name: 'detail', weight: 0.2 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  // Folded text on both sides: no need for Fuse's own (slower) diacritics handling.
  ignoreDiacritics: false,
};

function addPosting(postings: Map<string, number[]>, token: string, id: number): void {
  const list = postings.get(token);
  if (!list) postings.set(token, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Builds the in-memory index from the decoded asset (a few milliseconds for the real catalogue). */
export function createSearchIndex(data: SearchData): SearchIndex {
  const titles: string[] = [];
  const details: string[] = [];
  const titlePostings = new Map<string, number[]>();
  const detailPostings = new Map<string, number[]>();
  const byCode = new Map<string, number>();
  const wordNumbers = new Map<string, number>();
  const numberOf = (word: string): number => {
    let number = wordNumbers.get(word);
    if (number === undefined) {
      number = wordNumbers.size;
      wordNumbers.set(word, number);
    }
    return number;
  };
  const sequence: number[] = [];
  const sequenceStarts = new Int32Array(data.records.length + 1);
  data.records.forEach((record, id) => {
    const title = foldKeepingPositions(record.title);
    const detail = foldKeepingPositions(record.detail);
    titles.push(title);
    details.push(detail);
    sequenceStarts[id] = sequence.length;
    for (const word of splitWords(title)) {
      addPosting(titlePostings, word, id);
      sequence.push(numberOf(word));
    }
    sequence.push(-1);
    for (const word of splitWords(detail)) {
      addPosting(detailPostings, word, id);
      sequence.push(numberOf(word));
    }
    if (record.code) byCode.set(record.code, id);
  });
  sequenceStarts[data.records.length] = sequence.length;
  const vocabulary = [...wordNumbers.keys()].sort();
  return {
    records: data.records,
    groups: data.groups,
    titles,
    details,
    titlePostings,
    detailPostings,
    wordNumbers,
    wordList: [...wordNumbers.keys()],
    sequences: Int32Array.from(sequence),
    sequenceStarts,
    vocabulary,
    vocabularySet: new Set(vocabulary),
    byCode,
    lookup: synonymLookup(data.synonyms),
    optionalWords: new Set(data.synonyms.optionalWords),
    wordCache: new Map(),
  };
}

/** Whether the record's title or detail holds these words side by side, in this order. */
function holdsPhrase(index: SearchIndex, id: number, phrase: readonly number[]): boolean {
  const from = index.sequenceStarts[id] ?? 0;
  const to = (index.sequenceStarts[id + 1] ?? 0) - phrase.length;
  for (let at = from; at <= to; at++) {
    let offset = 0;
    while (offset < phrase.length && index.sequences[at + offset] === phrase[offset]) offset++;
    if (offset === phrase.length) return true;
  }
  return false;
}

function hasAnyFilter(filters: SearchFilters): boolean {
  return Boolean(filters.group || filters.tier || filters.method || filters.level);
}

/** Whether a record passes the filters; articles pass only when no filter is set. */
function passes(record: SearchRecord, filters: SearchFilters): boolean {
  if (!hasAnyFilter(filters)) return true;
  if (record.kind !== 'procedure') return false;
  if (filters.group && record.topicGroup !== filters.group) return false;
  if (filters.tier && !record.tiers.includes(filters.tier)) return false;
  if (filters.method && !record.methods.includes(filters.method)) return false;
  if (filters.level && record.level !== filters.level) return false;
  return true;
}

/** First index in the sorted vocabulary not below `word`. */
function lowerBound(sorted: string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Index words a query word stands for: itself, or near misses (one typing mistake from four
 * letters, two from seven) when it is not an index word. The word being typed (`asStart`) also
 * stands for the words it starts: "khai s" finds "khai sinh".
 */
function matchWord(index: SearchIndex, word: string, asStart: boolean): WordMatch[] {
  const key = asStart ? `${word}…` : word;
  const cached = index.wordCache.get(key);
  if (cached) return cached;
  const matches: WordMatch[] = [];
  const exact = index.vocabularySet.has(word);
  if (exact) matches.push({ token: word, quality: QUALITY.exact });
  if (asStart && word.length >= 2) {
    const quality = word.length >= 4 ? QUALITY.longPrefix : QUALITY.prefix;
    const from = lowerBound(index.vocabulary, word);
    for (let i = from; i < index.vocabulary.length && matches.length < MAX_PREFIX_WORDS; i++) {
      const token = index.vocabulary[i] ?? '';
      if (!token.startsWith(word)) break;
      if (token !== word) matches.push({ token, quality, prefix: word.length });
    }
  }
  if (!exact && word.length >= 3 && !/\d/.test(word)) {
    const allowed = word.length >= 7 ? 2 : 1;
    const oneEdit = word.length >= 4 ? QUALITY.oneEdit : QUALITY.oneEditShort;
    for (const token of index.vocabulary) {
      if (Math.abs(token.length - word.length) > allowed || (asStart && token.startsWith(word))) continue;
      const distance = editDistance(word, token, allowed);
      if (distance > allowed) continue;
      matches.push({ token, quality: distance === 1 ? oneEdit : QUALITY.twoEdits });
    }
  }
  if (index.wordCache.size > 2000) index.wordCache.clear();
  index.wordCache.set(key, matches);
  return matches;
}

/**
 * Words typed together ("dangky", "khaisinh") split where both halves are index words; the split
 * whose rarer half is most common wins, so "dangky" is "dang ky" rather than an odd pair.
 */
function splitRunTogether(index: SearchIndex, word: string): string[] {
  if (word.length < 4 || index.vocabularySet.has(word)) return [word];
  let best: string[] = [word];
  let bestScore = 0;
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const headCount = index.titlePostings.get(head)?.length ?? 0;
    const tailCount = index.titlePostings.get(tail)?.length ?? 0;
    const score = Math.min(headCount, tailCount);
    if (score > bestScore) {
      best = [head, tail];
      bestScore = score;
    }
  }
  return best;
}

/** The query's words after splitting run-together words. */
function queryWords(index: SearchIndex, query: string): string[] {
  return words(query).flatMap((word) => splitRunTogether(index, word));
}

/** Per-variant word data: what each word matched and whether a result must contain it. */
interface ResolvedVariant {
  variant: QueryVariant;
  words: { word: string; required: boolean; matches: WordMatch[] }[];
}

/**
 * Looks up each word of a variant. Words that match nothing in the index cannot be required of any
 * record; they still count in Fuse's comparison, which may forgive them as typos.
 * `typing` is the last word as typed, when the query does not end with a space: it may be unfinished.
 */
function resolveVariant(
  index: SearchIndex,
  variant: QueryVariant,
  typing: string | undefined,
): ResolvedVariant {
  const allOptional = variant.words.every((word) => index.optionalWords.has(word));
  const last = variant.words.length - 1;
  return {
    variant,
    words: variant.words.map((word, position) => {
      // A two-letter start ("ch") stands for hundreds of words: only worth it when it is all there is.
      const minimumStart = variant.words.length === 1 ? 2 : 3;
      const asStart = position === last && word === typing && word.length >= minimumStart;
      const matches = matchWord(index, word, asStart);
      return {
        word,
        required: matches.length > 0 && (allOptional || !index.optionalWords.has(word)),
        matches,
      };
    }),
  };
}

/**
 * Per-record buffers, kept on the index and cleared after each search: allocating arrays the size
 * of the catalogue at every keystroke would cost more than the search itself.
 */
interface Buffers {
  /** Free score arrays, one per distinct query word in use. */
  pool: Float32Array[];
  seen: Uint8Array;
  /** Rank key of each record, 0 when it is not a candidate; see ALL_WORDS. */
  key: Float64Array;
  variant: Uint8Array;
}

const buffers = new WeakMap<SearchIndex, Buffers>();

function buffersOf(index: SearchIndex): Buffers {
  let found = buffers.get(index);
  if (!found) {
    const size = index.records.length;
    found = {
      pool: [],
      seen: new Uint8Array(size),
      key: new Float64Array(size),
      variant: new Uint8Array(size),
    };
    buffers.set(index, found);
  }
  return found;
}

/** Records with every required word rank above all others: their key starts at ALL_WORDS. */
const ALL_WORDS = 4;
const SOME_WORDS = 2;

function tierOf(key: number): number {
  return key >= ALL_WORDS ? ALL_WORDS : SOME_WORDS;
}

/** How well each record contains one query word (0 = not at all), and which records do. */
interface WordScores {
  scores: Float32Array;
  touched: number[];
}

/**
 * The word scores of one search, computed once per distinct word even when several query variants
 * share it ("dang ky" in "dang ky khai sinh" and in "dang ky giay khai sinh").
 */
class WordScoreTable {
  private readonly byWord = new Map<string, WordScores>();

  constructor(
    private readonly index: SearchIndex,
    private readonly buffer: Buffers,
  ) {}

  get(word: string, matches: WordMatch[]): WordScores {
    const key = `${word}|${matches.length}|${matches[0]?.token ?? ''}`;
    let found = this.byWord.get(key);
    if (!found) {
      const scores = this.buffer.pool.pop() ?? new Float32Array(this.index.records.length);
      found = { scores, touched: collectWordScores(this.index, matches, scores) };
      this.byWord.set(key, found);
    }
    return found;
  }

  /** Clears the arrays and gives them back for the next search. */
  release(): void {
    for (const { scores, touched } of this.byWord.values()) {
      for (const id of touched) scores[id] = 0;
      this.buffer.pool.push(scores);
    }
    this.byWord.clear();
  }
}

/** For each word, the best quality with which each record contains it; returns the records touched. */
function collectWordScores(index: SearchIndex, matches: WordMatch[], scores: Float32Array): number[] {
  const touched: number[] = [];
  const raise = (id: number, quality: number): void => {
    const before = scores[id] ?? 0;
    if (quality <= before) return;
    if (before === 0) touched.push(id);
    scores[id] = quality;
  };
  for (const match of matches) {
    for (const id of index.titlePostings.get(match.token) ?? []) raise(id, match.quality);
    const detailQuality = match.quality * DETAIL_WEIGHT;
    for (const id of index.detailPostings.get(match.token) ?? []) raise(id, detailQuality);
  }
  return touched;
}

/**
 * The records that hold a synonym phrase with its words side by side: "hộ khẩu" means the phrase,
 * not "hộ" and "khẩu" apart (as in "hàng hóa nhập khẩu").
 */
function recordsHoldingPhrase(
  index: SearchIndex,
  resolved: ResolvedVariant,
  [start, length]: Phrase,
  words: WordScores[],
): Set<number> {
  const positions = Array.from({ length }, (_, offset) => start + offset);
  const phrase = positions.map(
    (position) => index.wordNumbers.get(resolved.words[position]?.word ?? '') ?? -1,
  );
  const holding = new Set<number>();
  if (phrase.includes(-1)) return holding;
  // Walk the rarest word of the phrase: "khai" rather than "giấy" in "giấy khai sinh".
  const rarest = positions.reduce((best, position) =>
    (words[position]?.touched.length ?? 0) < (words[best]?.touched.length ?? 0) ? position : best,
  );
  for (const id of words[rarest]?.touched ?? []) {
    const hasEveryWord = positions.every((position) => (words[position]?.scores[id] ?? 0) > 0);
    if (hasEveryWord && holdsPhrase(index, id, phrase)) holding.add(id);
  }
  return holding;
}

/**
 * Scores every record that contains at least one word of the variant: the share of the query's
 * words it contains, rare words weighing more (a word found in few records tells more).
 */
function scoreVariant(
  index: SearchIndex,
  table: WordScoreTable,
  resolved: ResolvedVariant,
  variantNumber: number,
  filters: SearchFilters,
  candidates: number[],
): void {
  const buffer = buffersOf(index);
  const words = resolved.words.map(({ word, matches }) => table.get(word, matches));
  const total = index.records.length;
  const weights = resolved.words.map(
    ({ required }, i) =>
      Math.log(1 + total / (1 + (words[i]?.touched.length ?? 0))) * (required ? 1 : OPTIONAL_WEIGHT),
  );
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const required = resolved.words.map((word) => word.required);
  const requiredCount = required.filter(Boolean).length;
  const penalty = resolved.variant.viaSynonym ? SYNONYM_PENALTY : 0;
  // For words inside a phrase: the records allowed to count them.
  const allowed: (Set<number> | undefined)[] = resolved.words.map(() => undefined);
  for (const phrase of resolved.variant.phrases) {
    const holding = recordsHoldingPhrase(index, resolved, phrase, words);
    for (let offset = 0; offset < phrase[1]; offset++) allowed[phrase[0] + offset] = holding;
  }
  const union: number[] = [];
  // A phrase word adds only the records that hold the phrase, not every record with the word.
  const sources = words.map((word, i) => allowed[i] ?? word.touched);
  for (const ids of sources) {
    for (const id of ids) {
      if (buffer.seen[id]) continue;
      buffer.seen[id] = 1;
      union.push(id);
    }
  }
  for (const id of union) {
    buffer.seen[id] = 0;
    const record = index.records[id];
    if (!record || !passes(record, filters)) continue;
    let score = 0;
    let requiredFound = 0;
    for (let i = 0; i < words.length; i++) {
      const quality = allowed[i]?.has(id) === false ? 0 : (words[i]?.scores[id] ?? 0);
      score += (weights[i] ?? 0) * quality;
      if (quality > 0 && required[i]) requiredFound += 1;
    }
    // Every word it had was part of a phrase it does not hold side by side.
    if (score === 0) continue;
    const key = (requiredFound === requiredCount ? ALL_WORDS : SOME_WORDS) + score / weightSum - penalty;
    const before = buffer.key[id] ?? 0;
    if (key > before) {
      if (before === 0) candidates.push(id);
      buffer.key[id] = key;
      buffer.variant[id] = variantNumber;
    }
  }
}

/** The `count` best candidates by key, best first (ties: catalogue order), without sorting them all. */
function best(candidates: number[], key: Float64Array, count: number): number[] {
  const order = (a: number, b: number): number => (key[b] ?? 0) - (key[a] ?? 0) || a - b;
  if (candidates.length <= count * 4) return [...candidates].sort(order).slice(0, count);
  const top: number[] = [];
  for (const id of candidates) {
    if (top.length === count && order(id, top[count - 1] as number) >= 0) continue;
    let position = top.length;
    while (position > 0 && order(id, top[position - 1] as number) < 0) position -= 1;
    top.splice(position, 0, id);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * The words Fuse compares: the ones that identify a procedure, not "thủ tục", "xin", "cho"; at
 * most FUSE_PATTERN_LENGTH letters, since Bitap splits longer patterns and searches each part.
 */
function fusePattern(resolved: ResolvedVariant | undefined): string {
  if (!resolved) return '';
  const identifying = resolved.words.filter((word) => word.required || word.matches.length === 0);
  let pattern = '';
  for (const { word } of identifying.length ? identifying : resolved.words) {
    const longer = pattern ? `${pattern} ${word}` : word;
    if (longer.length > FUSE_PATTERN_LENGTH && pattern) break;
    pattern = longer.slice(0, FUSE_PATTERN_LENGTH);
  }
  return pattern;
}

/**
 * Among equally good matches, the name that says least beyond the query first: "Thủ tục đăng ký
 * khai tử" is what most people want, "Đăng ký lại khai tử" or "… khai tử lưu động" are special
 * cases of it. Counts the title's words the query did not match, leaving out "thủ tục" and the
 * other optional words.
 */
function plainNameBonus(index: SearchIndex, id: number, matched: Map<string, number | undefined>): number {
  let extra = 0;
  // The title's words are the record's sequence up to the -1 that separates the detail.
  for (
    let at = index.sequenceStarts[id] ?? 0;
    index.sequences[at] !== -1 && at < index.sequences.length;
    at++
  ) {
    const word = index.wordList[index.sequences[at] ?? 0] ?? '';
    if (!matched.has(word) && !index.optionalWords.has(word)) extra += 1;
  }
  return PLAIN_NAME_WEIGHT / (1 + extra / 2);
}

/**
 * Fuse.js re-ranks the best candidates: it compares the whole query with each name, so words
 * that stand together and short names that say little else come first, and a typo the word
 * lookup missed still counts. The tier (every word or not) never changes.
 */
function rerankWithFuse(
  index: SearchIndex,
  ids: number[],
  key: Float64Array,
  variantOf: Uint8Array,
  variants: ResolvedVariant[],
): number[] {
  if (ids.length < 2) return ids;
  const fuseScore = new Map<number, number>();
  // One small Fuse per query variant, over the candidates that variant found best.
  for (const variantNumber of new Set(ids.map((id) => variantOf[id] ?? 0))) {
    const group = ids.filter((id) => variantOf[id] === variantNumber);
    const documents = group.map((id) => ({
      title: (index.titles[id] ?? '').slice(0, FUSE_TEXT_LENGTH),
      detail: index.details[id] ?? '',
    }));
    const pattern = fusePattern(variants[variantNumber]);
    for (const result of new Fuse(documents, FUSE_OPTIONS).search(pattern)) {
      const id = group[result.refIndex];
      if (id !== undefined) fuseScore.set(id, result.score ?? 1);
    }
  }
  const marksByVariant = new Map<number, Map<string, number | undefined>>();
  const marksFor = (number: number): Map<string, number | undefined> => {
    let marks = marksByVariant.get(number);
    if (!marks) {
      const resolved = variants[number];
      marks = resolved ? marksOf(resolved) : new Map<string, number | undefined>();
      marksByVariant.set(number, marks);
    }
    return marks;
  };
  const final = new Map(
    ids.map((id) => {
      const value = key[id] ?? 0;
      const tier = tierOf(value);
      const words = value - tier;
      const fuse = 1 - (fuseScore.get(id) ?? 1);
      const matched = marksFor(variantOf[id] ?? 0);
      return [id, tier + (1 - FUSE_SHARE) * words + FUSE_SHARE * fuse + plainNameBonus(index, id, matched)];
    }),
  );
  return [...ids].sort((a, b) => (final.get(b) ?? 0) - (final.get(a) ?? 0) || a - b);
}

/** Joins ranges that touch or are separated only by spaces, so "Đăng ký" is one mark, not two. */
function mergeRanges(ranges: Range[], text: string): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1 && text.slice(last[1], range[0]).trim() === '') {
      last[1] = Math.max(last[1], range[1]);
    } else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Index word → how much of it to mark (undefined: all of it), for one variant. */
function marksOf(resolved: ResolvedVariant): Map<string, number | undefined> {
  const marks = new Map<string, number | undefined>();
  for (const { matches } of resolved.words) {
    for (const match of matches) {
      if (!marks.has(match.token) || match.prefix === undefined) marks.set(match.token, match.prefix);
    }
  }
  return marks;
}

/** Marks in the title every word the variant matched: the whole word, or the part typed. */
function highlightTitle(index: SearchIndex, id: number, marks: Map<string, number | undefined>): Range[] {
  const ranges: Range[] = [];
  for (const token of tokenize(index.titles[id] ?? '')) {
    if (!marks.has(token.text)) continue;
    const prefix = marks.get(token.text);
    ranges.push([token.start, prefix === undefined ? token.end : token.start + prefix]);
  }
  return mergeRanges(ranges, index.records[id]?.title ?? '');
}

function toHits(
  index: SearchIndex,
  ids: number[],
  variantOf: (id: number) => number,
  variants: ResolvedVariant[],
): SearchHit[] {
  const marksByVariant = new Map<number, Map<string, number | undefined>>();
  return ids.flatMap((id) => {
    const record = index.records[id];
    if (!record) return [];
    const number = variantOf(id);
    const resolved = variants[number];
    if (!resolved) return [{ record, highlights: [] }];
    let marks = marksByVariant.get(number);
    if (!marks) {
      marks = marksOf(resolved);
      marksByVariant.set(number, marks);
    }
    return [{ record, highlights: highlightTitle(index, id, marks) }];
  });
}

/** Records in Vietnamese alphabetical order, computed once when first needed. */
function alphabetical(index: SearchIndex): number[] {
  if (!index.alphabetical) {
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    index.alphabetical = index.records
      .map((_, id) => id)
      .sort((a, b) => collator.compare(index.records[a]?.title ?? '', index.records[b]?.title ?? ''));
  }
  return index.alphabetical;
}

function browse(index: SearchIndex, filters: SearchFilters, limit: number): SearchResponse {
  const ids = alphabetical(index).filter((id) => {
    const record = index.records[id];
    return record !== undefined && record.kind === 'procedure' && passes(record, filters);
  });
  const hits = ids.slice(0, limit).flatMap((id) => {
    const record = index.records[id];
    return record ? [{ record, highlights: [] }] : [];
  });
  return { mode: 'browse', hits, total: ids.length, partial: false };
}

function searchByCode(
  index: SearchIndex,
  code: ReturnType<typeof parseCodeQuery>,
  filters: SearchFilters,
  limit: number,
): SearchResponse {
  let ids: number[] = [];
  if (code.kind === 'exact') {
    const id = index.byCode.get(code.code);
    ids = id === undefined ? [] : [id];
  } else if (code.kind === 'prefix') {
    ids = index.records.flatMap((record, id) =>
      record.code && codeDigits(record.code).startsWith(code.digits) ? [id] : [],
    );
  }
  ids = ids.filter((id) => {
    const record = index.records[id];
    return record !== undefined && passes(record, filters);
  });
  const hits = ids.slice(0, limit).flatMap((id) => {
    const record = index.records[id];
    return record ? [{ record, highlights: [] }] : [];
  });
  return { mode: 'code', hits, total: ids.length, partial: false };
}

/**
 * Answers a query. Never throws on odd input: markup, emoji, any script, any length is cleaned and
 * searched as text (the caller renders titles as text, never as HTML).
 */
export function search(
  index: SearchIndex,
  rawQuery: string,
  filters: SearchFilters = {},
  limit = 20,
): SearchResponse {
  const query = cleanQuery(rawQuery);
  const code = parseCodeQuery(query);
  if (code.kind !== 'none') return searchByCode(index, code, filters, limit);

  const typed = queryWords(index, query);
  if (typed.length === 0) {
    return hasAnyFilter(filters)
      ? browse(index, filters, limit)
      : { mode: 'empty', hits: [], total: 0, partial: false };
  }

  const typing = /\s$/.test(rawQuery) ? undefined : typed[typed.length - 1];
  // A synonym whose words the index does not have ("CMND" in a catalogue that says "căn cước")
  // cannot help; left in, it would make the other words look like a complete match.
  const variants = expandQuery(typed, index.lookup)
    .map((variant) => resolveVariant(index, variant, typing))
    .filter(
      (resolved) => !resolved.variant.viaSynonym || resolved.words.every((word) => word.matches.length > 0),
    );
  const candidates: number[] = [];
  const buffer = buffersOf(index);
  const table = new WordScoreTable(index, buffer);
  variants.forEach((variant, number) => scoreVariant(index, table, variant, number, filters, candidates));
  table.release();
  const { key, variant } = buffer;

  // A code inside a longer query ("thu tuc 1.001193") puts that procedure first.
  const mentioned = codeInside(query);
  const mentionedId = mentioned === undefined ? undefined : index.byCode.get(mentioned);
  if (mentionedId !== undefined && passes(index.records[mentionedId] as SearchRecord, filters)) {
    if (!key[mentionedId]) candidates.push(mentionedId);
    key[mentionedId] = ALL_WORDS * 2;
  }

  const top = best(candidates, key, Math.max(RERANK, limit));
  const ranked = [
    ...rerankWithFuse(index, top.slice(0, RERANK), key, variant, variants),
    ...top.slice(RERANK),
  ];
  const response: SearchResponse = {
    mode: 'text',
    hits: toHits(index, ranked.slice(0, limit), (id) => variant[id] ?? 0, variants),
    total: candidates.length,
    partial: candidates.length > 0 && tierOf(key[ranked[0] ?? 0] ?? 0) !== ALL_WORDS,
  };
  for (const id of candidates) {
    key[id] = 0;
    variant[id] = 0;
  }
  return response;
}
