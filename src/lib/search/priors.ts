/**
 * What a citizen most likely means, among names that match the query about equally well: small
 * adjustments the re-ranking adds (rerank.ts), each read from the catalogue's own names and tiers,
 * never from a list of procedures.
 *
 * - An act that undoes or ends ("Xóa đăng ký …", "Hủy …", "Thu hồi …", "Dừng …", "Trả lại …")
 *   ranks below the act itself, unless the query names that verb: someone typing "đăng ký thường
 *   trú" wants to register, someone typing "xóa đăng ký thường trú" wants the removal. A follow-up
 *   act ("Gia hạn …", "Cấp lại …", "Sửa đổi, bổ sung …", "Điều chỉnh …") does too, by less. Both
 *   also stay just below the plain act of their band whatever else their scores say (`below`):
 *   holding the query word for word must not lift "Dừng thực hiện thủ tục đăng ký hộ kinh doanh"
 *   above "Đăng ký thành lập hộ kinh doanh".
 * - A version for a special case the query does not name (foreigners, border areas, railways, a
 *   version done at provincial or central level, a mobile one) ranks below the everyday one, and a
 *   procedure done at commune level, where most citizens go, comes first among equals.
 * Each of these moves a name only when the plain, everyday or commune version of the same
 * procedure (same stem, see stemOf) is among the names being re-ranked.
 * - The query's words standing together, in order, inside a name ("lương hưu … cán bộ xã") count
 *   for more than the same words scattered.
 */
import { contains, longestRunTogether, startsWith, titleWords } from './names';
import {
  FOLLOW_UP_VERBS,
  GIVING_WORDS,
  NAME_OPENERS,
  PLACING_WORDS,
  SPECIAL_CASES,
  TIER_PHRASES,
  UNDOING_VERBS,
} from './name-words';
import { optionalPositions, pairInNames } from './words';
import type { NameFacts, SearchIndex } from './types';

/** How much each prior moves a score (the band of every word or not is never crossed). */
export const PRIOR_WEIGHTS = {
  undoing: 0.12,
  followUp: 0.06,
  specialCase: 0.06,
  commune: 0.02,
  together: 0.08,
} as const;

/** Where a name's verb starts: after its opening words ("Thủ tục …"). */
function verbStart(title: readonly string[]): number {
  let start = 0;
  while (NAME_OPENERS.has(title[start] ?? '')) start += 1;
  return start;
}

/**
 * Whether the query names this verb: its words side by side, and a one-word verb not as the
 * second half of a pair the names use ("dừng" is not named by "xây dựng" or "sử dụng").
 */
function holdsVerb(index: SearchIndex, query: readonly string[], verb: readonly string[]): boolean {
  for (let at = 0; at + verb.length <= query.length; at++) {
    if (!startsWith(query, at, verb)) continue;
    const before = query[at - 1];
    if (verb.length > 1 || before === undefined || !pairInNames(index, before, verb[0] ?? '')) return true;
  }
  return false;
}

/** The undoing verb a name begins with, if any. */
export function undoingVerbOf(title: readonly string[]): readonly string[] | undefined {
  const start = verbStart(title);
  return UNDOING_VERBS.find((verb) => startsWith(title, start, verb));
}

/** The follow-up verb (amend, extend, reissue) a name begins with, if any. */
export function followUpVerbOf(title: readonly string[]): readonly string[] | undefined {
  const start = verbStart(title);
  return FOLLOW_UP_VERBS.find((verb) => startsWith(title, start, verb));
}

/** How many of its first words make two names versions of one procedure ("đăng ký khai tử …"). */
const KIN_WORDS = 4;

/**
 * A name without its opening words, its undoing or follow-up verb, the words that give, its
 * special cases and placing words, cut to its first KIN_WORDS words: names that share it are
 * versions of one procedure.
 */
function stemOf(title: readonly string[], cut = KIN_WORDS): string {
  let start = verbStart(title);
  const verb = undoingVerbOf(title) ?? followUpVerbOf(title);
  if (verb) start += verb.length;
  for (let giving = GIVING_WORDS.find((words) => startsWith(title, start, words)); giving;) {
    start += giving.length;
    giving = GIVING_WORDS.find((words) => startsWith(title, start, words));
  }
  const words = title.slice(start);
  const special = new Set<number>();
  for (const phrase of [...SPECIAL_CASES, ...TIER_PHRASES]) {
    for (let at = 0; at + phrase.length <= words.length; at++) {
      if (startsWith(words, at, phrase)) phrase.forEach((_, offset) => special.add(at + offset));
    }
  }
  return words
    .filter((word, at) => !special.has(at) && !PLACING_WORDS.has(word))
    .slice(0, cut)
    .join(' ');
}

/** The fewest stem words two names must share to be versions of one procedure. */
const KIN_MINIMUM = 2;

/** A stem this long, found whole inside another name's whole stem, names the same thing. */
const KIN_INSIDE_MINIMUM = 3;

/**
 * Whether two stems are versions of one procedure: the same words, or the shorter one the start of
 * the longer ("trả lại biển" of "trả lại biển cá nhân"), when it has at least KIN_MINIMUM words.
 * With `inside`, for an act (`one`) on what another procedure gave: also when the other's stem,
 * of at least KIN_INSIDE_MINIMUM words, is found whole inside the act's name ("hộ kinh doanh" in
 * "Đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký hộ kinh doanh"). Not the other way
 * round ("Điều chỉnh thông tin về cư trú" does not act on "Xác nhận thông tin về cư trú"), and
 * not for special cases and levels: "Trình báo mất hộ chiếu phổ thông" names a passport but is no
 * version of issuing one.
 */
function sameProcedure(one: NameFacts, other: NameFacts, inside: boolean): boolean {
  if (one.stemSize === 0 || other.stemSize === 0) return false;
  if (one.stem === other.stem) return true;
  if (inside && other.stemSize >= KIN_INSIDE_MINIMUM && one.wholeStem.includes(` ${other.stem} `)) {
    return true;
  }
  const [shorter, longer] = one.stem.length <= other.stem.length ? [one, other] : [other, one];
  return (
    shorter.stemSize >= KIN_MINIMUM &&
    longer.stem.startsWith(shorter.stem) &&
    longer.stem[shorter.stem.length] === ' '
  );
}

/**
 * What the ranking reads from a name, worked out once: the re-ranking reads two dozen names for
 * every key typed, and a name's stem and special cases do not change.
 */
export function nameFactsOf(index: SearchIndex, id: number): NameFacts {
  let facts = index.nameCache.get(id);
  if (!facts) {
    const words = titleWords(index, id);
    const stem = stemOf(words);
    facts = {
      words,
      optional: optionalPositions(index, words, { inQuery: false }),
      stem,
      stemSize: stem === '' ? 0 : stem.split(' ').length,
      wholeStem: ` ${stemOf(words, Infinity)} `,
      undoing: undoingVerbOf(words),
      followUp: followUpVerbOf(words),
      specials: SPECIAL_CASES.filter((phrase) => contains(words, phrase)),
    };
    index.nameCache.set(id, facts);
  }
  return facts;
}

/** The other names that are versions of `name`'s procedure (see sameProcedure for `inside`). */
function kinOf<Name extends { id: number; facts: NameFacts }>(
  names: readonly Name[],
  name: Name,
  inside: boolean,
): Name[] {
  const kin: Name[] = [];
  for (const other of names) {
    if (other.id !== name.id && sameProcedure(name.facts, other.facts, inside)) kin.push(other);
  }
  return kin;
}

export interface Priors {
  /** What each name's score moves by. */
  adjustments: Map<number, number>;
  /**
   * For an undoing or follow-up act the query does not name, the plain versions of the same
   * procedure it must stay below whatever else its score says: a name holding the query's words
   * side by side ("Dừng thực hiện thủ tục đăng ký hộ kinh doanh") otherwise outscores the act
   * itself ("Đăng ký thành lập hộ kinh doanh") by more than any prior moves it.
   */
  below: Map<number, number[]>;
}

/**
 * The adjustments for the names being re-ranked, each judged against the others: an undoing or
 * follow-up act, a special case or a level is only set back when the plain, everyday or commune
 * version of the same procedure is among them (a passport is issued at provincial level only, and stays first).
 * The query's words standing together count for every name.
 */
export function priorsFor(
  index: SearchIndex,
  ids: readonly number[],
  query: readonly string[],
  meaningful: readonly string[],
): Priors {
  const names = ids.map((id) => {
    const facts = nameFactsOf(index, id);
    return {
      id,
      title: facts.words,
      facts,
      undoing: facts.undoing,
      followUp: facts.followUp,
      special: facts.specials.some((phrase) => !contains(query, phrase)),
      commune: index.records[id]?.tiers.includes('xa') ?? false,
    };
  });
  const tierNamed = TIER_PHRASES.some((phrase) => contains(query, phrase));
  const priors = new Map<number, number>();
  const below = new Map<number, number[]>();
  for (const name of names) {
    // Other versions of the same procedure, looked for only when a prior may need them.
    const versions = name.special || (!tierNamed && name.commune);
    const kin = versions ? kinOf(names, name, false) : [];
    const actedOn = name.undoing || name.followUp ? kinOf(names, name, true) : [];
    let prior = 0;
    if (name.undoing && !holdsVerb(index, query, name.undoing) && actedOn.some((other) => !other.undoing))
      prior -= PRIOR_WEIGHTS.undoing;
    const plain = (other: (typeof names)[number]): boolean => !other.undoing && !other.followUp;
    if (name.followUp && !holdsVerb(index, query, name.followUp) && actedOn.some(plain))
      prior -= PRIOR_WEIGHTS.followUp;
    const verb = name.undoing ?? name.followUp;
    if (verb && !holdsVerb(index, query, verb) && actedOn.some(plain))
      below.set(
        name.id,
        actedOn.filter(plain).map((other) => other.id),
      );
    if (name.special && kin.some((other) => !other.special)) prior -= PRIOR_WEIGHTS.specialCase;
    if (!tierNamed && name.commune && kin.some((other) => !other.commune)) prior += PRIOR_WEIGHTS.commune;
    if (meaningful.length >= 2) {
      prior +=
        (PRIOR_WEIGHTS.together * Math.max(0, longestRunTogether(name.title, meaningful) - 1)) /
        (meaningful.length - 1);
    }
    priors.set(name.id, prior);
  }
  return { adjustments: priors, below };
}
