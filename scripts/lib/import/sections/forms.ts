/**
 * The form files at the end of a documents row. The export glued a row's cells together, so the
 * name and the form file names run into each other: "…theo Mẫu số 34 ban hành kèm theo Thông tư số
 * 07/2026/TT-BNNMTMẫu số 34.docx". A file name ends with its extension (.docx, .doc, .pdf); where it
 * starts has to be read from the seam: the name's last sentence ends right against it (";", ".",
 * ")" then a capital), or the file name starts with a word forms start with ("Mẫu", "Mau", "Phụ
 * lục", "TK") glued to the name's last word, or a lower-case letter meets a capital ("lạiMau").
 *
 * Where no seam can be found the row keeps its whole text as the name and names no form: a form
 * name is never guessed.
 */

export interface SplitRow {
  name: string;
  forms: string[];
  /** The text ends with a file name whose start could not be told: kept whole as the name. */
  unsplit?: true;
}

/** "Mẫu số 04.docx" → "Mẫu số 04": a form's name as a document's name. */
export function withoutExtension(fileName: string): string {
  return fileName.replace(ENDS_WITH_EXTENSION, '').trim();
}

/** How far before its extension a form file name may start. The longest seen are about 110. */
const LONGEST_FORM_NAME = 160;

const EXTENSION = /\.(?:docx|doc|pdf|xlsx|xls)/giu;
const ENDS_WITH_EXTENSION = /\.(?:docx|doc|pdf|xlsx|xls)$/iu;

/** Words form file names start with, as the national data spells them. */
const FORM_WORDS =
  /^(?:Mẫu|MẪU|Mau|MAU|Mus|Phụ lục|Phu luc|Phụ Lục|PL|TK|Tờ khai|To khai|Đơn|Don|BM|Biểu mẫu|Bieu mau|Phiếu|Phieu)/u;

const FORM_WORDS_ANY_CASE = new RegExp(`${FORM_WORDS.source}|^phuluc`, 'iu');
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/u;

/** A form's number glued after the name's last letter: "…hạnmau so 20.doc", "…BNNMTmau 20.docx". */
const FORM_NUMBER_WORDS = /^(?:mẫu|mau)\s?(?:số|so)?\s?\d/iu;
/** A short file name with no space after a full stop: "…ký tên.m01a.pdf". */
const SHORT_FILE_NAME = /^\p{L}[\p{L}\d_-]{0,11}\.(?:docx|doc|pdf|xlsx|xls)$/iu;
/** The two characters before a full stop that ends a sentence: two letters, a one-letter lower-case word ("ở"), a closing bracket or quote. */
/** A date that ends a sentence: "…ngày 30/6/2023." */
const DATE_END = /\d{1,2}\/\d{1,2}\/\d{4}$/u;
const SENTENCE_END_WIDE = /(?:\p{L}\p{L}|\s\p{Ll}|[)”"'])$/u;

/**
 * A Vietnamese syllable without its marks: an optional onset, one to three vowels, an optional
 * final. "dinh", "van", "mau" are syllables; "dinhvan" is not: two syllables glued together.
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

function bare(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * "…theo quy địnhvăn bản đề nghị.docx": a lower-case word that is two Vietnamese syllables glued
 * together, the first with a mark (so written by a person, not a file name like "Danhmuchoso"),
 * splits where the second starts.
 */
function gluedSyllables(text: string, i: number): boolean {
  const before = /[\p{Ll}]+$/u.exec(text.slice(0, i))?.[0] ?? '';
  const after = /^[\p{Ll}]+/u.exec(text.slice(i))?.[0] ?? '';
  if (before.length < 2 || after.length < 2 || /^[\x00-\x7f]+$/u.test(before)) return false;
  return SYLLABLE.test(bare(before)) && SYLLABLE.test(bare(after)) && !SYLLABLE.test(bare(before + after));
}

/** How sure a position is to be where a form file name starts: 0 not at all, 2 likely, 3 sure. */
function seamStrength(text: string, i: number): number {
  const previous = text[i - 1] ?? '';
  const current = text[i] ?? '';
  if (!current || /\s/u.test(current) || !previous || /\s/u.test(previous)) return 0;
  const rest = text.slice(i);
  const startsAWord = UPPER.test(current) || DIGIT.test(current);
  // "…quy định;văn bản đề nghị.docx": a semicolon with no space after it only ever ends a name.
  if (previous === ';') return 3;
  // "(bản chính)~$ụ lục 12.10.docx": a word processor's lock file, "~$" then the name.
  if (rest.startsWith('~$')) return 3;
  // "…hàng hóa nguy hiểm)phương án….docx": text never touches a closing bracket without a space.
  if (previous === ')' && (LETTER.test(current) || DIGIT.test(current))) return 3;
  if (previous === ':') return startsAWord ? 3 : 0;
  // "…“Địa chỉ thường trú”Phụ lục Đơn….doc": a closing quote then a capital.
  if (previous === '”' && startsAWord) return 3;
  // "…ngày 31/7/2025.Phụ lục I.docx", "…khoanh nợ.mẫu số 02.docx": a form's first word after a stop.
  if (previous === '.' && FORM_WORDS_ANY_CASE.test(rest)) return 3;
  if (previous === '.' && /\p{Ll}\p{Ll}$/u.test(text.slice(0, i - 1)) && SHORT_FILE_NAME.test(rest)) return 3;
  // A sentence's full stop ("…sử dụng.", "…nhà ở.", "…NĐ-CP).", "…ngày 30/6/2023.") and not the dot
  // inside "Mẫu I.1.4", "Mẫu số 06.QLT" or "2025.TT".
  if (
    previous === '.' &&
    (SENTENCE_END_WIDE.test(text.slice(Math.max(0, i - 3), i - 1)) || DATE_END.test(text.slice(0, i - 1)))
  ) {
    return startsAWord ? 3 : 0;
  }
  if ((LETTER.test(previous) || DIGIT.test(previous)) && (FORM_WORDS.test(rest) || FORM_NUMBER_WORDS.test(rest))) return 3;
  // "…NĐ-CPDanhmuchoso….docx": an abbreviation, then a capitalised word glued to it.
  if (UPPER.test(previous) && UPPER.test(text[i - 2] ?? '') && UPPER.test(current) && LOWER.test(text[i + 1] ?? '')) return 2;
  // "…Hiện định GMSGMS - Gia hạn.docx": an abbreviation glued to itself.
  if (doubledAbbreviation(text, i)) return 2;
  if (LOWER.test(previous) && UPPER.test(current)) return 2;
  // "…21/2026/TT-BTC05 TNDN.docx": an abbreviation, then a number that starts the file name.
  if (UPPER.test(previous) && UPPER.test(text[i - 2] ?? '') && /^\d+\s/u.test(rest)) return 2;
  // "…quy định1.2. Don de nghi….docx", not "NA5.doc" (the digit is then the file's name).
  if (LETTER.test(previous) && /^\d+[.-](?!(?:docx?|pdf|xlsx?)$)/iu.test(rest)) return 2;
  if (gluedSyllables(text, i)) return 2;
  return 0;
}

/** "GMSGMS" split in the middle: the same capitals twice, with a word boundary before. */
function doubledAbbreviation(text: string, i: number): boolean {
  const before = /\p{Lu}+$/u.exec(text.slice(0, i))?.[0] ?? '';
  const after = /^\p{Lu}+/u.exec(text.slice(i))?.[0] ?? '';
  return before.length >= 2 && before === after;
}

/** Where the first form file name starts, searching back from the end of its extension. */
function formStart(text: string, extensionEnd: number): number | undefined {
  let likely: number | undefined;
  const from = Math.max(1, extensionEnd - LONGEST_FORM_NAME);
  for (let i = extensionEnd - 5; i >= from; i -= 1) {
    const strength = seamStrength(text, i);
    if (strength === 3) return i;
    if (strength === 2 && likely === undefined) likely = i;
  }
  if (likely !== undefined) return likely;
  // A row that is nothing but a form file name ("Mẫu số 04.docx").
  return extensionEnd <= LONGEST_FORM_NAME && FORM_WORDS.test(text) ? 0 : undefined;
}

/**
 * Ends of the extensions of the form file names glued together at the end of `text`, in order:
 * "A.docxB.docx" has two. An extension followed by a space or a bracket ("Mau 04.docx (1).doc")
 * is part of a longer file name, and one followed by anything but the start of a word is text.
 */
function fileNameEnds(text: string): number[] {
  const ends = [...text.matchAll(EXTENSION)]
    .map((match) => match.index + match[0].length)
    .filter((end) => end === text.length || /[\p{Lu}\d]/u.test(text[end] ?? ''));
  const chain = [text.length];
  for (const end of ends.reverse()) {
    const next = chain[0] ?? text.length;
    if (end >= next) continue;
    if (next - end > LONGEST_FORM_NAME) break;
    chain.unshift(end);
  }
  return chain;
}

/** Splits a row's text into the document's name and the form files it names. */
export function splitForms(text: string): SplitRow {
  const trimmed = text.trimEnd();
  if (!ENDS_WITH_EXTENSION.test(trimmed)) return { name: trimmed, forms: [] };
  const ends = fileNameEnds(trimmed);
  const start = formStart(trimmed, ends[0] ?? trimmed.length);
  if (start === undefined) return { name: trimmed, forms: [], unsplit: true };
  const bounds = [start, ...ends];
  const forms = ends.map((end, index) => trimmed.slice(bounds[index], end).trim()).filter(Boolean);
  return { name: trimmed.slice(0, start).trim(), forms };
}
