/**
 * Query expansion with the editors' synonym table ("CCCD" ↔ "căn cước", "sổ đỏ" ↔ "giấy chứng
 * nhận quyền sử dụng đất"). The table is checked at build time by synonym-file.ts; this module only
 * uses the folded result, so the browser never loads the checking code.
 */

/** The checked, folded table: each group is a list of phrases, each phrase words joined by one space. */
export interface SynonymTable {
  groups: string[][];
  /** Words and phrases (words joined by one space) a result need not contain. */
  optionalWords: string[];
}

/** One way of reading the query: its words and whether a synonym replaced any of them. */
export interface QueryVariant {
  words: string[];
  viaSynonym: boolean;
  /**
   * Synonym phrases in `words`, as [start, length]: "hộ khẩu" means the phrase, not "hộ" and
   * "khẩu" anywhere (as in "hàng hóa nhập khẩu"), so a record must hold them side by side.
   */
  phrases: Phrase[];
}

export type Phrase = [start: number, length: number];

/** More variants than this add nothing a citizen would notice and cost time. */
export const MAX_VARIANTS = 12;

interface PhraseMatch {
  start: number;
  length: number;
  replacements: string[][];
}

/** Phrase → the other phrases of its group, and the longest phrase length, for quick lookup. */
export interface SynonymLookup {
  alternatives: Map<string, string[][]>;
  longest: number;
}

export function synonymLookup(table: SynonymTable): SynonymLookup {
  const alternatives = new Map<string, string[][]>();
  let longest = 0;
  for (const group of table.groups) {
    for (const phrase of group) {
      alternatives.set(
        phrase,
        group.filter((other) => other !== phrase).map((other) => other.split(' ')),
      );
      longest = Math.max(longest, phrase.split(' ').length);
    }
  }
  return { alternatives, longest };
}

/** The longest synonym phrases in the query, left to right, not overlapping. */
function phraseMatches(queryWords: string[], lookup: SynonymLookup): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  let start = 0;
  while (start < queryWords.length) {
    let found: PhraseMatch | undefined;
    for (let length = Math.min(lookup.longest, queryWords.length - start); length > 0 && !found; length--) {
      const replacements = lookup.alternatives.get(queryWords.slice(start, start + length).join(' '));
      if (replacements) found = { start, length, replacements };
    }
    if (found) {
      matches.push(found);
      start += found.length;
    } else start += 1;
  }
  return matches;
}

/**
 * The alternatives worth trying: not those that contain the typed phrase ("giấy khai sinh" for
 * "khai sinh"), since every record holding them holds the typed phrase too and ranks as well.
 */
function widerAlternatives(match: PhraseMatch, queryWords: string[]): string[][] {
  const typed = ` ${queryWords.slice(match.start, match.start + match.length).join(' ')} `;
  return match.replacements.filter((replacement) => !` ${replacement.join(' ')} `.includes(typed));
}

/**
 * The query as typed, then the query with each synonym phrase swapped for the other phrases of
 * its group ("cap lai gplx" → "cap lai giay phep lai xe"), at most MAX_VARIANTS in all.
 */
export function expandQuery(queryWords: string[], lookup: SynonymLookup): QueryVariant[] {
  let variants: QueryVariant[] = [{ words: queryWords, viaSynonym: false, phrases: [] }];
  // Right to left, so the positions of the matches still to apply do not move.
  for (const match of phraseMatches(queryWords, lookup).reverse()) {
    const next: QueryVariant[] = [];
    for (const variant of variants) {
      next.push(withPhrase(variant, match.start, match.length, match.length));
      for (const replacement of widerAlternatives(match, queryWords)) {
        const swapped = [
          ...variant.words.slice(0, match.start),
          ...replacement,
          ...variant.words.slice(match.start + match.length),
        ];
        next.push(
          withPhrase(
            { ...variant, words: swapped, viaSynonym: true },
            match.start,
            match.length,
            replacement.length,
          ),
        );
      }
    }
    variants = next.slice(0, MAX_VARIANTS);
  }
  return variants;
}

/** Records a phrase of `length` words at `start`, moving the phrases after it by the change in length. */
function withPhrase(
  variant: QueryVariant,
  start: number,
  replacedLength: number,
  length: number,
): QueryVariant {
  const shift = length - replacedLength;
  const phrases: Phrase[] = variant.phrases.map(([at, size]) => [at > start ? at + shift : at, size]);
  if (length > 1) phrases.push([start, length]);
  return { ...variant, phrases };
}
