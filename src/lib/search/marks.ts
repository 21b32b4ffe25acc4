/** Which parts of a result's title to mark: the words the query matched, or the part typed. */
import { tokenize, type Token } from './text';
import type { Range, ResolvedVariant, SearchHit, SearchIndex } from './types';

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
export function marksOf(resolved: ResolvedVariant): Map<string, number | undefined> {
  const marks = new Map<string, number | undefined>();
  for (const { matches } of resolved.words) {
    for (const match of matches) {
      if (!marks.has(match.token) || match.prefix === undefined) marks.set(match.token, match.prefix);
    }
  }
  return marks;
}

/**
 * Each shown title's words with their places, kept per index: the same titles are marked again at
 * every key typed, and splitting them was a tenth of the search's time.
 */
const titleTokens = new WeakMap<SearchIndex, Map<number, Token[]>>();

function tokensOfTitle(index: SearchIndex, id: number): Token[] {
  let byId = titleTokens.get(index);
  if (!byId) {
    byId = new Map();
    titleTokens.set(index, byId);
  }
  let tokens = byId.get(id);
  if (!tokens) {
    tokens = tokenize(index.titles[id] ?? '');
    byId.set(id, tokens);
  }
  return tokens;
}

/** Marks in the title every word the variant matched: the whole word, or the part typed. */
function highlightTitle(index: SearchIndex, id: number, marks: Map<string, number | undefined>): Range[] {
  const ranges: Range[] = [];
  for (const token of tokensOfTitle(index, id)) {
    if (!marks.has(token.text)) continue;
    const prefix = marks.get(token.text);
    ranges.push([token.start, prefix === undefined ? token.end : token.start + prefix]);
  }
  return mergeRanges(ranges, index.records[id]?.title ?? '');
}

export function toHits(
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
