/**
 * What a procedure's documents and result add to the search: a citizen may know the paper, not
 * the procedure ("giấy chứng sinh" is what the hospital gives; the procedure is birth
 * registration). Whole document texts would triple the index file, so each procedure keeps only
 * what names its papers: the first three words of each document's and result's name (the
 * paper itself, before "hoặc…", "do…"), in the order the procedure lists them, kept when one of their pairs of words is neither in its name nor so common that it tells
 * nothing apart. Pairs, not words: "giấy" and "chứng" are in hundreds of procedures' papers,
 * "chứng sinh" in a few. Rows that are notes ("Trường hợp …") name no paper and are skipped.
 */
import type { Procedure } from '../catalogue/schema';
import { words } from './text';

/** A pair in more than this share of procedures tells nothing apart. */
const MAX_SHARE = 0.03;
/** The most pairs one procedure keeps, its first papers' (about 13 kB gzip for the real catalogue). */
const MAX_PAIRS = 6;
/** A paper is named by the first words of its row (the rest says which copy, issued by whom). */
const HEAD_WORDS = 3;
const NOTE = /^truong hop\b/;

/** The papers' names, each cut to the words that name it. */
function paperHeads(procedure: Procedure): string[][] {
  const documents = (procedure.documents ?? []).map((document) => headWords(document.name, HEAD_WORDS));
  const result = (procedure.result ?? []).map((item) => headWords(item.name, HEAD_WORDS));
  return [...documents, ...result];
}

function pairsOf(list: readonly string[]): string[] {
  return list.slice(1).map((word, at) => `${list[at] ?? ''} ${word}`);
}

function wordsOf(text: string): string[] {
  return words(text).filter((word) => !/^\d+$/.test(word));
}

/** The first words of a paper's name; none for a note. */
function headWords(name: string, count: number): string[] {
  const list = wordsOf(name);
  return NOTE.test(list.join(' ')) ? [] : list.slice(0, count);
}

/**
 * For each procedure, in order, the phrases that name its papers (folded: "giay chung sinh"):
 * the head of each paper's name, kept when one of its pairs is uncommon and not in its name.
 */
export function documentPhrases(procedures: readonly Procedure[]): string[][] {
  const heads = procedures.map((procedure) => {
    const name = new Set(pairsOf(wordsOf(`${procedure.name} ${procedure.field}`)));
    const phrases = paperHeads(procedure).filter((head) => head.length >= 2);
    const unique = [...new Map(phrases.map((head) => [head.join(' '), head])).values()];
    return unique.filter((head) => pairsOf(head).some((pair) => !name.has(pair)));
  });
  const count = new Map<string, number>();
  for (const list of heads) {
    for (const pair of new Set(list.flatMap(pairsOf))) count.set(pair, (count.get(pair) ?? 0) + 1);
  }
  const limit = Math.max(1, Math.floor(procedures.length * MAX_SHARE));
  return heads.map((list) =>
    list
      .filter((head) => pairsOf(head).some((pair) => (count.get(pair) ?? 0) <= limit))
      .map((head) => head.join(' '))
      .slice(0, MAX_PAIRS),
  );
}
