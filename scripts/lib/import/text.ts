/**
 * Cleaning of every piece of text a source gives us. Sources mix NFC and NFD, carry stray spaces,
 * line breaks inside names and, now and then, invisible control characters that would corrupt a
 * page or a search index. Text stays text: markup-like characters are kept as they are (the site
 * escapes them), never interpreted.
 */

/** C0/C1 controls other than tab and line breaks, and the invisible bidi/zero-width controls. */
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;
const MARKUP = /<\/?[a-z!][^>]*>|&[a-z]+;|&#\d+;/i;

export interface CleanText {
  text: string;
  /** How many control characters were removed: the caller warns about them. */
  removedControls: number;
}

function withoutControls(text: string): CleanText {
  let removedControls = 0;
  const cleaned = text.normalize('NFC').replace(CONTROL_CHARACTERS, () => {
    removedControls += 1;
    return '';
  });
  return { text: cleaned, removedControls };
}

/** One-line text (names, fields, agencies): NFC, no controls, single spaces, trimmed. */
export function cleanLine(text: string): CleanText {
  const { text: cleaned, removedControls } = withoutControls(text);
  return { text: cleaned.replace(WHITESPACE_RUN, ' ').trim(), removedControls };
}

/** Text whose line breaks mean something (descriptions): keeps paragraphs, tidies the rest. */
export function cleanParagraphs(text: string): CleanText {
  const { text: cleaned, removedControls } = withoutControls(text);
  const paragraphs = cleaned
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: paragraphs, removedControls };
}

/**
 * Vietnamese that was encoded as UTF-8 twice reads "Ä‘Äƒng kÃ½" for "đăng ký": each letter with a
 * mark became two characters of Latin-1. These pairs never occur in real Vietnamese text.
 */
const DOUBLE_ENCODED = /Ä[‘\u0090\u0091ƒ]|Æ[°¡¯]|á[º»][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC]|Ã[\u00A0-\u00BF]/;

/** The first double-encoded stretch of a text ("Ä‘Äƒng"), or undefined when it reads right. */
export function doubleEncoded(text: string): string | undefined {
  const match = DOUBLE_ENCODED.exec(text);
  if (!match) return undefined;
  const start = Math.max(0, match.index - 10);
  return text.slice(start, match.index + 20).trim();
}

/** True when text looks like HTML: a tag or an entity. Such text is kept, but worth a warning. */
export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** Splits a cell on line breaks and semicolons: the separators every source uses between items. */
export function splitLines(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((part) => cleanLine(part).text)
    .filter((part) => part.length > 0);
}

/** Keeps the first of each value, in order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
