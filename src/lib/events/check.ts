/**
 * What a set of life events must hold together, beyond each file's front matter: every code is
 * in the catalogue, no everyday word belongs to two events. The
 * build (src/data/events.ts) and `npm run check` both ask these, so neither publishes a broken
 * event.
 */
import { words } from '../search/text';

export interface EventToCheck {
  /** The file, as editors see it: "content/su-kien/sinh-con.md". */
  file: string;
  slug: string;
  words: readonly string[];
  codes: readonly string[];
}

export type EventProblem =
  | { file: string; kind: 'unknownCode'; code: string }
  | { file: string; kind: 'sharedWord'; word: string; otherFile: string };

/**
 * Problems in file order; each shared word is reported on the later file. (Two files at one
 * address are refused for every collection alike: scripts/lib/content-check/addresses.ts.)
 */
export function eventProblems(
  events: readonly EventToCheck[],
  knownCodes: ReadonlySet<string>,
): EventProblem[] {
  const problems: EventProblem[] = [];
  const wordOwner = new Map<string, string>();
  for (const event of events) {
    for (const code of new Set(event.codes)) {
      if (!knownCodes.has(code)) problems.push({ file: event.file, kind: 'unknownCode', code });
    }
    for (const word of event.words) {
      const folded = foldEventWord(word);
      const owner = wordOwner.get(folded);
      if (owner !== undefined && owner !== event.file) {
        problems.push({ file: event.file, kind: 'sharedWord', word, otherFile: owner });
      } else wordOwner.set(folded, event.file);
    }
  }
  return problems;
}

/** An everyday word as the search compares it: no diacritics, lower case, single spaces. */
export function foldEventWord(word: string): string {
  return words(word).join(' ');
}
