/**
 * Counting words the way a reader hears them. Vietnamese writes one syllable per word-space
 * ("dịch vụ công" is three), which is also what a reader says, so a word is any run of
 * characters between spaces that holds a letter or a digit; dashes and punctuation alone are not.
 */

/** The number of spoken words in a text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Markdown reduced to the words a reader sees: no marks of emphasis, links' addresses, table bars. */
export function markdownWords(markdown: string): number {
  const plain = markdown
    .replace(/^---[\s\S]*?---/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>|`]/g, ' ');
  return countWords(plain);
}
