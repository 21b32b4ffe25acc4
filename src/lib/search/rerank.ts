/**
 * Ranking: Fuse.js compares the whole query with the names of the best two dozen candidates only,
 * rewarding words that stand together and in order and forgiving typos; among equal matches the
 * name that says least beyond the query comes first.
 */
import Fuse from 'fuse.js';
import { marksOf } from './marks';
import { detailWords, longestRunTogether } from './names';
import { nameFactsOf, priorsFor } from './priors';
import { bandOf, CODE_TYPED } from './scoring';
import type { NameFacts, ResolvedVariant, SearchIndex } from './types';

/** Candidates Fuse.js re-ranks: enough to hold every good answer, few enough to stay fast. */
export const RERANK = 24;
/**
 * Fuse.js compares the query with this many first letters of a name: the words that tell long
 * names apart come first, and Bitap's cost grows with the length of the text.
 */
const FUSE_TEXT_LENGTH = 120;
/** Bitap's word size: longer patterns are split and cost one search per part. */
const FUSE_PATTERN_LENGTH = 32;
/** The most a plain name (nothing beyond the query's words) gains over a longer one. */
const PLAIN_NAME_WEIGHT = 0.1;
/** What a name that gives the citizen the very thing they typed gains (see issuingNameBonus). */
const ISSUING_NAME_BONUS = 0.08;
/** How names that give, issue or register a thing begin ("Cấp hộ chiếu", "Đăng ký thành lập hộ kinh doanh"). */
const ISSUING_VERBS = [['cap'], ['cap', 'moi'], ['dang', 'ky'], ['dang', 'ky', 'thanh', 'lap']];
/** Words a name may start with before its verb ("Thủ tục đăng ký khai sinh"). */
const NAME_OPENERS = ['thu', 'tuc'];
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

/**
 * The words Fuse compares: the ones that identify a procedure, not "thủ tục", "xin", "cho"; at
 * most FUSE_PATTERN_LENGTH letters, since Bitap splits longer patterns and searches each part.
 */
function identifyingWords(resolved: ResolvedVariant | undefined): string[] {
  if (!resolved) return [];
  const identifying = resolved.words.filter((word) => word.required || word.matches.length === 0);
  return (identifying.length ? identifying : resolved.words).map(({ word }) => word);
}

function fusePattern(resolved: ResolvedVariant | undefined): string {
  let pattern = '';
  for (const word of identifyingWords(resolved)) {
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
function plainNameBonus(name: NameFacts, matched: Map<string, number | undefined>): number {
  const extra = name.words.filter((word, at) => !matched.has(word) && !name.optional[at]).length;
  return PLAIN_NAME_WEIGHT / (1 + extra / 2);
}

/**
 * Someone who types only a thing ("hộ chiếu", "hộ kinh doanh") most often wants to get it: among
 * equally good matches, the name that issues or registers exactly that thing ("Cấp hộ chiếu …",
 * "Đăng ký thành lập hộ kinh doanh") comes before reporting it lost or closing it.
 */
function issuingNameBonus(title: readonly string[], resolved: ResolvedVariant | undefined): number {
  if (!resolved) return 0;
  const found = resolved.words.filter((word) => word.matches.length > 0);
  const query = found.map((word) => word.word);
  if (query.length === 0) return 0;
  let start = 0;
  while (NAME_OPENERS.includes(title[start] ?? '')) start += 1;
  const givesThing = (thing: string[]): boolean =>
    ISSUING_VERBS.some((verb) => {
      const after = start + verb.length;
      return (
        verb.every((word, offset) => title[start + offset] === word) &&
        thing.every((word, offset) => title[after + offset] === word)
      );
    });
  // "làm hộ chiếu": the thing is what follows the query's leading optional words.
  let gives = false;
  for (let from = 0; from < query.length && !gives; from++) {
    gives = givesThing(query.slice(from));
    if (!found[from]?.optional) break;
  }
  return gives ? ISSUING_NAME_BONUS : 0;
}

/**
 * Whether Fuse has nothing to forgive: every word of the variant is a word of the index as typed,
 * or the start of one (the word still being typed). A query as long as a sentence counts too:
 * its words are not looked up for typos (words.ts), its unknown words are everyday words rather
 * than misspelt names, and Fuse's comparison of a few of its letters with a name tells nothing.
 */
function typedExactly(resolved: ResolvedVariant): boolean {
  return (
    !resolved.typosLookedFor ||
    resolved.words.every((word) =>
      word.matches.some((match) => match.quality === 1 || match.prefix !== undefined),
    )
  );
}

/** How much a word tells: more the fewer records hold it (the word scores' own measure). */
function rarity(index: SearchIndex, word: string): number {
  const holding =
    (index.titlePostings.get(word)?.length ?? 0) + (index.detailPostings.get(word)?.length ?? 0);
  return Math.log(1 + index.records.length / (1 + holding));
}

/** The word still being typed, when the variant's last word stands for words it starts. */
function wordBeingTyped(resolved: ResolvedVariant): string | undefined {
  const last = resolved.words.at(-1);
  return last?.matches.some((match) => match.prefix !== undefined) ? last.word : undefined;
}

/**
 * Fuse.js re-ranks the best candidates: it compares the whole query with each name, so words
 * that stand together and short names that say little else come first, and a typo the word
 * lookup missed still counts. The band (every word or not) never changes.
 */
export function rerankWithFuse(
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
    const resolved = variants[variantNumber];
    if (resolved && typedExactly(resolved)) {
      // Every word is an index word as typed: no typo to forgive, so the comparison Fuse would make
      // is how many of the query's words stand together, in order, in the name or, like Fuse's best
      // key, in what the record says beyond it (the papers it asks for or gives).
      // Rare words weigh more, as in the word scores: "kết hôn" standing together tells more than
      // "giấy chứng nhận".
      const pattern = identifyingWords(resolved);
      const typing = wordBeingTyped(resolved);
      const weights = pattern.map((word) => rarity(index, word));
      const whole = weights.reduce((sum, weight) => sum + weight, 0) || 1;
      for (const id of group) {
        const run = Math.max(
          longestRunTogether(nameFactsOf(index, id).words, pattern, typing, weights),
          longestRunTogether(detailWords(index, id), pattern, typing, weights),
        );
        fuseScore.set(id, 1 - run / whole);
      }
      continue;
    }
    const pattern = fusePattern(resolved);
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
  // The priors compare names found by the same variant of the query.
  const priors = new Map<number, number>();
  const below = new Map<number, number[]>();
  for (const variantNumber of new Set(ids.map((id) => variantOf[id] ?? 0))) {
    const group = ids.filter((id) => (variantOf[id] ?? 0) === variantNumber);
    const words = variants[variantNumber]?.words ?? [];
    const query = words.map((word) => word.word);
    const meaningful = words.filter((word) => !word.optional).map((word) => word.word);
    const found = priorsFor(index, group, query, meaningful);
    for (const [id, prior] of found.adjustments) priors.set(id, prior);
    for (const [id, plain] of found.below) below.set(id, plain);
  }
  const final = new Map(
    ids.map((id) => {
      const value = key[id] ?? 0;
      const band = bandOf(value);
      // The bonus for a paper the query names stays whole; Fuse compares names only.
      const words = Math.min(1, value - band);
      const paper = value - band - words;
      const fuse = 1 - (fuseScore.get(id) ?? 1);
      const matched = marksFor(variantOf[id] ?? 0);
      const resolved = variants[variantOf[id] ?? 0];
      const facts = nameFactsOf(index, id);
      const issuing = issuingNameBonus(facts.words, resolved);
      const names = plainNameBonus(facts, matched) + issuing;
      return [
        id,
        band + (1 - FUSE_SHARE) * words + FUSE_SHARE * fuse + paper + names + (priors.get(id) ?? 0),
      ];
    }),
  );
  keepBelowPlainActs(final, below, key);
  return [...ids].sort((a, b) => (final.get(b) ?? 0) - (final.get(a) ?? 0) || a - b);
}

/** Far below any difference between two real scores, so a capped name lands just after its plain act. */
const JUST_BELOW = 1e-6;

/**
 * An undoing or follow-up act goes just below the best plain version of the same procedure in its
 * band (priorsFor's `below`); the band of every word or not is never crossed, and a procedure
 * whose code the query holds (CODE_TYPED) stays where the code put it.
 */
export function keepBelowPlainActs(
  final: Map<number, number>,
  below: Map<number, number[]>,
  key: Float64Array,
): void {
  for (const [id, plain] of below) {
    if ((key[id] ?? 0) >= CODE_TYPED) continue;
    const band = bandOf(key[id] ?? 0);
    const ceilings = plain
      .filter((other) => bandOf(key[other] ?? 0) === band)
      .map((other) => final.get(other) ?? 0);
    if (ceilings.length === 0) continue;
    final.set(id, Math.min(final.get(id) ?? 0, Math.max(...ceilings) - JUST_BELOW));
  }
}
