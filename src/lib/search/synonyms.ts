/**
 * Query expansion with the editors' synonym table ("CCCD" ↔ "căn cước", "sổ đỏ" ↔ "giấy chứng
 * nhận quyền sử dụng đất"). The table is checked at build time by synonym-file.ts; this module only
 * uses the folded result, so the browser never loads the checking code.
 */

/** The checked, folded table: each group is a list of phrases, each phrase words joined by one space. */
export interface SynonymTable {
  groups: string[][];
  optionalWords: string[];
}

/** One way of reading the query: its words and whether a synonym replaced any of them. */
export interface QueryVariant {
  words: string[];
  viaSynonym: boolean;
}

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
 * The query as typed, then the query with each synonym phrase swapped for the other phrases of
 * its group ("cap lai gplx" → "cap lai giay phep lai xe"), at most MAX_VARIANTS in all.
 */
export function expandQuery(queryWords: string[], lookup: SynonymLookup): QueryVariant[] {
  let variants: QueryVariant[] = [{ words: queryWords, viaSynonym: false }];
  // Right to left, so the positions of the matches still to apply do not move.
  for (const match of phraseMatches(queryWords, lookup).reverse()) {
    const next: QueryVariant[] = [];
    for (const variant of variants) {
      next.push(variant);
      for (const replacement of match.replacements) {
        const swapped = [
          ...variant.words.slice(0, match.start),
          ...replacement,
          ...variant.words.slice(match.start + match.length),
        ];
        next.push({ words: swapped, viaSynonym: true });
      }
    }
    variants = next.slice(0, MAX_VARIANTS);
  }
  return variants;
}
