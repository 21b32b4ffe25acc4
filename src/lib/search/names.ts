/**
 * Reading a record's words back from the index: its name's and its detail's words (folded) in
 * order, and how many of a query's words stand together in them. The re-ranking (rerank.ts) and
 * the priors (priors.ts) read names this way.
 */
import type { SearchIndex } from './types';

/** The name's words (folded), from the index's sequences: the title runs up to the -1. */
export function titleWords(index: SearchIndex, id: number): string[] {
  const words: string[] = [];
  for (
    let at = index.sequenceStarts[id] ?? 0;
    index.sequences[at] !== -1 && at < index.sequences.length;
    at++
  ) {
    words.push(index.wordList[index.sequences[at] ?? 0] ?? '');
  }
  return words;
}

/** The words (folded) of what the record says beyond its name: the part of its sequence after the -1. */
export function detailWords(index: SearchIndex, id: number): string[] {
  const words: string[] = [];
  let at = index.sequenceStarts[id] ?? 0;
  while (index.sequences[at] !== -1 && at < index.sequences.length) at += 1;
  const end = index.sequenceStarts[id + 1] ?? index.sequences.length;
  for (at += 1; at < end; at++) words.push(index.wordList[index.sequences[at] ?? 0] ?? '');
  return words;
}

export function startsWith(words: readonly string[], from: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[from + offset] === word);
}

export function contains(words: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= words.length; at++) if (startsWith(words, at, phrase)) return true;
  return false;
}

/**
 * The longest run of the query's words standing together, in order, in the name. A word being
 * typed (`typing`) counts where a name's word starts with it. With `weights` (one per query word)
 * a run counts the sum of its words' weights instead of their number, so a run of rare words
 * ("kết hôn") outweighs a run of common ones ("giấy chứng nhận").
 */
export function longestRunTogether(
  title: readonly string[],
  query: readonly string[],
  typing?: string,
  weights?: readonly number[],
): number {
  const same = (titleWord: string | undefined, queryWord: string | undefined): boolean =>
    titleWord !== undefined &&
    (titleWord === queryWord ||
      (typing !== undefined && queryWord === typing && titleWord.startsWith(typing)));
  let longest = 0;
  for (let from = 0; from < query.length; from++) {
    for (let at = 0; at < title.length; at++) {
      let length = 0;
      let weight = 0;
      while (from + length < query.length && same(title[at + length], query[from + length])) {
        weight += weights?.[from + length] ?? 1;
        length += 1;
      }
      if (weight > longest) longest = weight;
    }
  }
  return longest;
}
