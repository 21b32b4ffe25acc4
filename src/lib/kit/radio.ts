/**
 * Radio scripts: short texts read aloud on commune loudspeakers, about a minute each. The page,
 * its .txt download and `npm run check` all read a script through these functions, so what the
 * announcer downloads is exactly what the page shows.
 */
import { countWords } from './words';

/** How fast an announcer reads Vietnamese aloud, slowly and clearly: words a minute. */
export const RADIO_WORDS_PER_MINUTE = 160;

/** About one minute on air: fewer words says too little, more loses the listener. */
export const RADIO_MIN_WORDS = 150;
export const RADIO_MAX_WORDS = 220;

/** Reading time is shown to the nearest five seconds: an announcer's pace varies more than that. */
const ROUND_TO_SECONDS = 5;

/** The script's paragraphs, as written: blank lines separate them, line breaks inside are spaces. */
export function scriptParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/** Words of a script (its paragraphs; the title is not read on air). */
export function scriptWords(body: string): number {
  return countWords(scriptParagraphs(body).join(' '));
}

export interface ReadingTime {
  /** Total, rounded to five seconds. */
  totalSeconds: number;
  minutes: number;
  seconds: number;
}

/** Time to read `words` aloud at RADIO_WORDS_PER_MINUTE. */
export function readingTime(words: number, perMinute = RADIO_WORDS_PER_MINUTE): ReadingTime {
  const exact = (words * 60) / perMinute;
  const totalSeconds = Math.round(exact / ROUND_TO_SECONDS) * ROUND_TO_SECONDS;
  return { totalSeconds, minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 };
}

/**
 * The plain-text download: the title, the script's paragraphs, and the attribution line, with
 * Windows-friendly line ends left to the reader's editor (plain "\n", UTF-8).
 */
export function scriptText(title: string, paragraphs: readonly string[], attribution: string): string {
  return [title, ...paragraphs, attribution].join('\n\n') + '\n';
}

/** Something a script must not hold, found by `scriptMarkupProblems`. */
export interface ScriptProblem {
  /** Line in the body (1-based). */
  line: number;
  /** What was found, in the editor's words. */
  what: string;
}

const MARKUP: readonly [RegExp, string][] = [
  [/^\s*\|/, 'bảng'],
  [/^\s*#/, 'tiêu đề «#»'],
  [/\[[^\]]*\]\([^)]*\)/, 'liên kết'],
  [/\*\*|__|(^|\s)\*(?=\S)/, 'chữ đậm, chữ nghiêng'],
  [/^\s*([-+*]|\d+[.)])\s/, 'danh sách'],
  [/<[a-z/]/i, 'mã HTML'],
];

/** Markdown a listener cannot hear (tables, headings, links, lists, emphasis), by line of the body. */
export function scriptMarkupProblems(body: string): ScriptProblem[] {
  return body.split(/\r?\n/).flatMap((text, index) => {
    const found = MARKUP.find(([pattern]) => pattern.test(text));
    return found ? [{ line: index + 1, what: found[1] }] : [];
  });
}

/** Digits of a phone number, for comparing "1900 54 54 81" with "1900545481". */
export function phoneDigits(number: string): string {
  return number.replace(/\D/g, '');
}

/** Phone-like runs in a text: eight or more digits, possibly grouped by spaces, dots or dashes. */
export function phoneNumbersIn(text: string): string[] {
  return (text.match(/(?<![\d])\d[\d .-]{6,}\d(?![\d])/g) ?? [])
    .map((match) => match.trim())
    .filter((match) => phoneDigits(match).length >= 8);
}

export interface PhoneProblem {
  phone: string;
  kind: 'unknown' | 'once';
}

/**
 * A phone number on air must be one the site has a source for, and be said twice so listeners
 * can write it down.
 */
export function scriptPhoneProblems(body: string, knownNumbers: readonly string[]): PhoneProblem[] {
  const known = new Set(knownNumbers.map(phoneDigits));
  const counts = new Map<string, { phone: string; count: number }>();
  for (const phone of phoneNumbersIn(scriptParagraphs(body).join(' '))) {
    const digits = phoneDigits(phone);
    const seen = counts.get(digits);
    counts.set(digits, { phone: seen?.phone ?? phone, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts].flatMap(([digits, { phone, count }]): PhoneProblem[] => {
    if (!known.has(digits)) return [{ phone, kind: 'unknown' }];
    return count < 2 ? [{ phone, kind: 'once' }] : [];
  });
}

/** Web addresses in a text, as written ("dichvucong.gov.vn", "https://…"), trailing punctuation left out. */
export function webAddressesIn(text: string): string[] {
  return (text.match(/(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:vn|com|org|net)\b(?:\/\S*)?/gi) ?? []).map(
    (address) => address.replace(/[.,;:!?)]+$/, ''),
  );
}

export interface AddressProblem {
  address: string;
  kind: 'repeated' | 'not-plain';
}

/**
 * A listener remembers one address said once plainly ("dichvucong.gov.vn"), not "https://" or a
 * path, and not the same address again and again.
 */
export function scriptAddressProblems(body: string): AddressProblem[] {
  const addresses = webAddressesIn(scriptParagraphs(body).join(' '));
  const problems: AddressProblem[] = [];
  const seen = new Set<string>();
  for (const address of addresses) {
    const key = address.toLowerCase();
    if (/^https?:\/\/|\//i.test(address)) problems.push({ address, kind: 'not-plain' });
    else if (seen.has(key)) problems.push({ address, kind: 'repeated' });
    seen.add(key);
  }
  return problems;
}
