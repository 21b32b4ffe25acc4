/**
 * Text helpers of the search: folding that keeps positions, word splitting with offsets, and the
 * cleaning of whatever a visitor types before it reaches the index.
 */
import { stripMarks } from '../text/fold';

/** Longer queries are cut: nobody types more, and Bitap's cost grows with the pattern. */
export const MAX_QUERY_LENGTH = 120;

/** Control and format characters (zero-width joiners, bidi marks) that only get in the way. */
const CONTROL = /[\p{Cc}\p{Cf}]+/gu;

/**
 * Lower-case, mark-free text of exactly the same length as `text`, so a position in one is a
 * position in the other (the highlight relies on it). `text` should be NFC; characters whose
 * folded form would change the length (Hangul syllables decompose into several letters) are kept
 * as they are.
 */
export function foldKeepingPositions(text: string): string {
  let result = '';
  let plainFrom = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // ASCII lower-case letters, digits and spaces fold to themselves: copied in runs.
    if (code < 128 && !(code >= 65 && code <= 90)) continue;
    const char = text[at] ?? '';
    const folded = foldedChar(char);
    if (folded === char) continue;
    result += text.slice(plainFrom, at) + folded;
    plainFrom = at + 1;
  }
  return plainFrom === 0 ? text : result + text.slice(plainFrom);
}

/**
 * One character folded, remembered: building the index folds some 400,000 words at 25,000
 * procedures, and normalising each string whole took most of the index's load time.
 */
const foldedChars = new Map<string, string>();

function foldedChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const one = stripMarks(char).toLowerCase();
    // A character whose folded form has another length (or a lone surrogate half) stays as it is.
    folded = one.length === char.length ? one : char;
    foldedChars.set(char, folded);
  }
  return folded;
}

export interface Token {
  /** The folded word: "dang". */
  text: string;
  /** Where it starts and ends (exclusive) in the original text. */
  start: number;
  end: number;
}

/** Letters and digits of folded text are nearly all ASCII; anything else is asked of Unicode. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}]/u.test(text[at] ?? '');
}

/**
 * The words of folded text with their positions. A plain loop rather than a regular expression:
 * it runs for every result shown at every keystroke.
 */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let at = 0; at <= folded.length; at++) {
    const inWord = at < folded.length && isWordChar(folded, at);
    if (inWord && start === -1) start = at;
    else if (!inWord && start !== -1) {
      tokens.push({ text: folded.slice(start, at), start, end: at });
      start = -1;
    }
  }
  return tokens;
}

/** The words of folded text, without positions: the fast path for building the index. */
export function splitWords(folded: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let at = 0; at <= folded.length; at++) {
    const inWord = at < folded.length && isWordChar(folded, at);
    if (inWord && start === -1) start = at;
    else if (!inWord && start !== -1) {
      found.push(folded.slice(start, at));
      start = -1;
    }
  }
  return found;
}

/** Just the words, for queries and synonym phrases. */
export function words(text: string): string[] {
  return tokenize(foldKeepingPositions(text.normalize('NFC'))).map((token) => token.text);
}

/**
 * What a visitor typed, made safe to search: NFC, no control characters, single spaces, at most
 * MAX_QUERY_LENGTH characters (cut at a word boundary when one is near, never inside a surrogate pair).
 */
export function cleanQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const chars = Array.from(text).slice(0, MAX_QUERY_LENGTH).join('');
  const lastSpace = chars.lastIndexOf(' ');
  return (lastSpace > MAX_QUERY_LENGTH / 2 ? chars.slice(0, lastSpace) : chars).trim();
}
