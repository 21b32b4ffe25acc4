/**
 * Narrowing: every record that holds a word of the query gets a rank key, its band (every
 * required word or only some) plus the share of the query's words it holds, rare words weighing
 * more. Buffers the size of the catalogue are kept on the index and reused at every keystroke.
 */
import { hasAnyFilter, passes } from './filters';
import { holdsPhrase } from './search-index';
import type { Phrase } from './synonyms';
import type { ResolvedVariant, SearchFilters, SearchIndex, WordMatch } from './types';

/** A word found only in the field (lĩnh vực) or description counts for this much of one in the title. */
const DETAIL_WEIGHT = 0.5;
/** Two words side by side in a procedure's documents ("giấy chứng sinh") count this much each. */
const DOCUMENT_WEIGHT = 0.4;
/**
 * A procedure whose paper the query names in full ("giay chung sinh") ranks ahead of names that
 * merely hold the same words apart ("Giấy chứng nhận … sinh học"): the citizen has the paper.
 */
export const NAMED_PAPER_BONUS = 0.3;
/** Phrases of one variant marked in phraseMarks: one bit each. */
const MARKED_PHRASES = 8;
/** Optional words ("thủ tục", "xin") count for this much of a required one. */
const OPTIONAL_WEIGHT = 0.1;
/** A result reached through a synonym ranks a little below the same result reached by the words typed. */
const SYNONYM_PENALTY = 0.05;

/**
 * Per-record buffers, kept on the index and cleared after each search: allocating arrays the size
 * of the catalogue at every keystroke would cost more than the search itself.
 */
interface Buffers {
  /** Free score arrays, one per distinct query word in use. */
  pool: Float32Array[];
  seen: Uint8Array;
  /** The records a variant scores, as a list: grown arrays of thousands of numbers at every keystroke kept the collector busy. */
  union: Int32Array;
  /** Bit p set for the records that hold the variant's phrase p side by side (see scoreVariant). */
  phraseMarks: Uint8Array;
  /** Rank key of each record, 0 when it is not a candidate; see ALL_WORDS. */
  key: Float64Array;
  variant: Uint8Array;
}

const buffers = new WeakMap<SearchIndex, Buffers>();

export function buffersOf(index: SearchIndex): Buffers {
  let found = buffers.get(index);
  if (!found) {
    const size = index.records.length;
    found = {
      pool: [],
      seen: new Uint8Array(size),
      union: new Int32Array(size),
      phraseMarks: new Uint8Array(size),
      key: new Float64Array(size),
      variant: new Uint8Array(size),
    };
    buffers.set(index, found);
  }
  return found;
}

/**
 * The band of a rank key: records with every required word rank above all others, so their key
 * starts at ALL_WORDS; those with only some of them start at SOME_WORDS. (A band of how many words
 * matched, not a tier of government.)
 */
export const ALL_WORDS = 4;
/** The key of a procedure whose code the query holds ("thu tuc 1.001193"): above every other. */
export const CODE_TYPED = ALL_WORDS * 2;
const SOME_WORDS = 2;

export function bandOf(key: number): number {
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
export class WordScoreTable {
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
): number[] {
  const positions = Array.from({ length }, (_, offset) => start + offset);
  const phrase = positions.map(
    (position) => index.wordNumbers.get(resolved.words[position]?.word ?? '') ?? -1,
  );
  const holding: number[] = [];
  if (phrase.includes(-1)) return holding;
  // Walk the rarest word of the phrase: "khai" rather than "giấy" in "giấy khai sinh".
  const rarest = positions.reduce((best, position) =>
    (words[position]?.touched.length ?? 0) < (words[best]?.touched.length ?? 0) ? position : best,
  );
  const scoreArrays = positions.map((position) => words[position]?.scores);
  for (const id of words[rarest]?.touched ?? []) {
    let hasEveryWord = true;
    for (let at = 0; at < length && hasEveryWord; at++) hasEveryWord = (scoreArrays[at]?.[id] ?? 0) > 0;
    if (hasEveryWord && holdsPhrase(index, id, phrase)) holding.push(id);
  }
  return holding;
}

/**
 * Scores every record that contains at least one word of the variant: the share of the query's
 * words it contains, rare words weighing more (a word found in few records tells more).
 */
export function scoreVariant(
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
  // For words inside a phrase: the records allowed to count them, as a list and as one bit of
  // phraseMarks per phrase (a Set looked up for every record and word was half the search's time
  // at 25,000 procedures). A variant holds a few phrases; past MARKED_PHRASES the rest are ignored.
  const allowed: (number[] | undefined)[] = resolved.words.map(() => undefined);
  const phraseBit = new Uint8Array(resolved.words.length);
  const marks = buffer.phraseMarks;
  resolved.variant.phrases.slice(0, MARKED_PHRASES).forEach((phrase, number) => {
    const holding = recordsHoldingPhrase(index, resolved, phrase, words);
    for (const id of holding) marks[id] = (marks[id] ?? 0) | (1 << number);
    for (let offset = 0; offset < phrase[1]; offset++) {
      allowed[phrase[0] + offset] = holding;
      phraseBit[phrase[0] + offset] = 1 << number;
    }
  });
  addDocumentPairs(index, resolved, words);
  const namedPaper =
    resolved.words.length >= 2
      ? new Set(index.documentPhrasePostings.get(resolved.words.map((word) => word.word).join(' ')) ?? [])
      : undefined;
  // A phrase word adds only the records that hold the phrase, not every record with the word. A
  // record that holds only optional words ("cho", "thủ tục") is no answer when the query has
  // others: not scoring it spares thousands of records at 25,000 procedures.
  const sources = words.flatMap((word, i) =>
    requiredCount > 0 && !required[i] ? [] : [allowed[i] ?? word.touched],
  );
  const union = buffer.union;
  const filtering = hasAnyFilter(filters);
  // The inner loop runs for thousands of records: its inputs as plain typed arrays.
  const wordCount = words.length;
  const scoreArrays = words.map((word) => word.scores);
  const weightArray = Float64Array.from(weights);
  const requiredArray = Uint8Array.from(required, (value) => (value ? 1 : 0));
  let size = 0;
  for (const ids of sources) {
    for (const id of ids) {
      if (buffer.seen[id]) continue;
      buffer.seen[id] = 1;
      union[size++] = id;
    }
  }
  for (let at = 0; at < size; at++) {
    const id = union[at] ?? 0;
    buffer.seen[id] = 0;
    if (filtering) {
      const record = index.records[id];
      if (!record || !passes(record, filters)) continue;
    }
    let score = 0;
    let requiredFound = 0;
    const mark = marks[id] ?? 0;
    for (let i = 0; i < wordCount; i++) {
      const bit = phraseBit[i] ?? 0;
      const quality = bit !== 0 && (mark & bit) === 0 ? 0 : (scoreArrays[i]?.[id] ?? 0);
      score += (weightArray[i] ?? 0) * quality;
      if (quality > 0 && requiredArray[i] === 1) requiredFound += 1;
    }
    // Every word it had was part of a phrase it does not hold side by side.
    if (score === 0) continue;
    const paper = namedPaper?.has(id) ? NAMED_PAPER_BONUS : 0;
    const key =
      (requiredFound === requiredCount ? ALL_WORDS : SOME_WORDS) + score / weightSum - penalty + paper;
    const before = buffer.key[id] ?? 0;
    if (key > before) {
      if (before === 0) candidates.push(id);
      buffer.key[id] = key;
      buffer.variant[id] = variantNumber;
    }
  }
  for (const holding of allowed) for (const id of holding ?? []) marks[id] = 0;
}

/**
 * Query words side by side that a procedure's papers name side by side count as found in it:
 * a pair ("chung sinh") with a low weight, the paper's whole phrase ("giay chung sinh") as much
 * as its name would, since the citizen named the very paper.
 */
function addDocumentPairs(index: SearchIndex, resolved: ResolvedVariant, words: WordScores[]): void {
  const raise = (id: number, position: number, quality: number): void => {
    const word = words[position];
    if (!word || (word.scores[id] ?? 0) >= quality) return;
    if ((word.scores[id] ?? 0) === 0) word.touched.push(id);
    word.scores[id] = quality;
  };
  const typed = resolved.words.map((word) => word.word);
  for (let at = 0; at + 2 < typed.length + 1; at++) {
    const triple = typed.slice(at, at + 3);
    if (triple.length === 3) {
      for (const id of index.documentPhrasePostings.get(triple.join(' ')) ?? []) {
        for (const position of [at, at + 1, at + 2]) raise(id, position, 1);
      }
    }
    for (const id of index.documentPairPostings.get(`${typed[at] ?? ''} ${typed[at + 1] ?? ''}`) ?? []) {
      raise(id, at, DOCUMENT_WEIGHT);
      raise(id, at + 1, DOCUMENT_WEIGHT);
    }
  }
}

/** The `count` best candidates by key, best first (ties: catalogue order), without sorting them all. */
export function best(candidates: number[], key: Float64Array, count: number): number[] {
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
