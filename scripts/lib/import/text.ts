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
