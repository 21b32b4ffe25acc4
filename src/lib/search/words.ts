/**
 * From a query's words to the index words each stands for: the word itself, the words it starts
 * (while it is being typed), near misses for typing mistakes, and words typed together split apart.
 */
import { editDistance } from './distance';
import type { QueryVariant } from './synonyms';
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
export function queryWords(index: SearchIndex, query: string): string[] {
  return words(query).flatMap((word) => splitRunTogether(index, word));
}

/**
 * Looks up each word of a variant. Words that match nothing in the index cannot be required of any
 * record; they still count in Fuse's comparison, which may forgive them as typos.
 * `typing` is the last word as typed, when the query does not end with a space: it may be unfinished.
 */
export function resolveVariant(
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
