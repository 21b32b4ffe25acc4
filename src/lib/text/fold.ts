/**
 * Vietnamese text folding: the one place that decides when two spellings are "the same word".
 *
 * Citizens type "dang ky khai sinh" for "Đăng ký khai sinh"; imported data mixes NFC and NFD and
 * old and new tone placement ("Ủy"/"Uỷ"). Folding removes every mark so all of these compare equal.
 * Used by slugs, by search (index and query alike) and by any comparison that must ignore marks.
 */

/** Combining marks left after NFD: tones (huyền, sắc, hỏi, ngã, nặng) and vowel marks (ă, â, ê, ô, ơ, ư). */
const COMBINING_MARKS = /\p{M}+/gu;

/** Đ/đ are letters of their own in Unicode: NFD does not decompose them, so they need an explicit map. */
const D_WITH_STROKE = /[đĐ]/g;

const WHITESPACE_RUN = /\s+/g;

/**
 * Strips every tone and vowel mark and maps đ/Đ to d/D, keeping case and spacing.
 * Each precomposed (NFC) Vietnamese letter maps to exactly one base letter, so the result has the
 * same length as the NFC input: an index into one is an index into the other.
 */
export function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, (letter) => (letter === 'đ' ? 'd' : 'D'));
}

/** Lower-case, mark-free text with single spaces: the form used for every comparison and index. */
export function foldVietnamese(text: string): string {
  return stripMarks(text).toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}
