/**
 * From a query's words to the index words each stands for: the word itself, the words it starts
 * (while it is being typed), near misses for typing mistakes, and words typed together split apart.
 */
import { editDistance } from './distance';
import type { QueryVariant } from './synonyms';
import { holdsPhrase } from './search-index';
import { words } from './text';
import type { ResolvedVariant, SearchIndex, WordMatch } from './types';

/** How well each kind of match counts. */
const QUALITY = {
  exact: 1,
  longPrefix: 0.8,
  prefix: 0.6,
  oneEdit: 0.6,
  oneEditShort: 0.45,
  twoEdits: 0.4,
} as const;
/**
 * Typing mistakes are looked for in queries of at most this many words. A longer query is a
 * sentence ("vợ tôi vừa sinh thì phải làm gì"): its unknown words are everyday words the names do
 * not use, and comparing each with the whole vocabulary was the slowest part of the search.
 */
const TYPO_QUERY_WORDS = 5;
/** Word starts expand to at most this many index words (a two-letter start can match hundreds). */
const MAX_PREFIX_WORDS = 200;
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
function matchWord(index: SearchIndex, word: string, asStart: boolean, forgiveTypos: boolean): WordMatch[] {
  const key = `${word}${asStart ? '…' : ''}${forgiveTypos ? '' : '='}`;
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
  if (forgiveTypos && !exact && word.length >= 3 && !/\d/.test(word)) {
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
export function queryWords(index: SearchIndex, query: string): string[] {
  return words(query).flatMap((word) => splitRunTogether(index, word));
}

/** How many names a pair of words is looked for in, at most: enough to find one, cheap to check. */
const PAIR_CHECKS = 64;

/** Whether these two words stand side by side in some procedure's name. */
export function pairInNames(index: SearchIndex, first: string, second: string): boolean {
  const a = index.wordNumbers.get(first);
  const b = index.wordNumbers.get(second);
  const withFirst = index.titlePostings.get(first);
  const withSecond = index.titlePostings.get(second);
  if (a === undefined || b === undefined || !withFirst || !withSecond) return false;
  const [shorter, other] =
    withFirst.length <= withSecond.length
      ? [withFirst, new Set(withSecond)]
      : [withSecond, new Set(withFirst)];
  let checked = 0;
  for (const id of shorter) {
    if (!other.has(id)) continue;
    if (holdsPhrase(index, id, [a, b])) return true;
    if (++checked >= PAIR_CHECKS) break;
  }
  return false;
}

/**
 * An optional word that, folded, is also part of a name's wording with the word after it is not
 * optional there: "cần" folds to "can", like "căn" in "căn cước". Two optional words side by side
 * ("cho con") stay optional. (Reading the last word with the word before it as well, for "dự
 * thì/thi" or "kinh doanh được/dược", was tried: it made "con" required in "đẻ con" and "cho" in
 * "khai sinh cho con", and lost two relevance queries.)
 */
function inNamedPair(index: SearchIndex, words: readonly string[], at: number): boolean {
  const after = words[at + 1];
  return after !== undefined && !index.optionalWords.has(after) && pairInNames(index, words[at] ?? '', after);
}

/**
 * Which of these words are optional: an optional word, or a word of an optional phrase standing
 * whole ("thu tuc" in "thu tuc dang ky", but not "thu" in "thu hoi"). In a query, an optional word
 * that makes a name's pair with the next word is not optional (see inNamedPair).
 */
export function optionalPositions(
  index: SearchIndex,
  words: readonly string[],
  { inQuery = true } = {},
): boolean[] {
  // In a name the words are what they are: only a query's folded words may be mistaken.
  const optional = words.map(
    (word, at) => index.optionalWords.has(word) && !(inQuery && inNamedPair(index, words, at)),
  );
  for (const phrase of index.optionalPhrases) {
    for (let at = 0; at + phrase.length <= words.length; at++) {
      if (phrase.every((word, offset) => words[at + offset] === word)) {
        for (let offset = 0; offset < phrase.length; offset++) optional[at + offset] = true;
      }
    }
  }
  return optional;
}

/**
 * Looks up each word of a variant. Words that match nothing in the index cannot be required of any
 * record; they still count in Fuse's comparison, which may forgive them as typos.
 * `typing` is the last word as typed, when the query does not end with a space: it may be unfinished.
 * `typedWords` is how many words the citizen typed: typos are looked for when that is short, in
 * every variant (a synonym may make a variant longer than what was typed).
 */
export function resolveVariant(
  index: SearchIndex,
  variant: QueryVariant,
  typing: string | undefined,
  typedWords = variant.words.length,
): ResolvedVariant {
  const typosLookedFor = typedWords <= TYPO_QUERY_WORDS;
  const optional = optionalPositions(index, variant.words);
  const allOptional = optional.every(Boolean);
  const last = variant.words.length - 1;
  return {
    variant,
    typosLookedFor,
    words: variant.words.map((word, position) => {
      // A two-letter start ("ch") stands for hundreds of words: only worth it when it is all there is.
      const minimumStart = variant.words.length === 1 ? 2 : 3;
      const asStart = position === last && word === typing && word.length >= minimumStart;
      const matches = matchWord(index, word, asStart, typosLookedFor);
      return {
        word,
        required: matches.length > 0 && (allOptional || !optional[position]),
        optional: optional[position] ?? false,
        matches,
      };
    }),
  };
}
