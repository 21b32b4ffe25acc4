/**
 * When a section of the detail page says nothing. The export writes an empty string where the page
 * said "Không có thông tin"; some records still carry those words, or only a dash ("--").
 */
import { foldVietnamese } from '../../../../src/lib/text/fold';

/** Empty, "Không có thông tin", or punctuation only: the key is left out, nothing is invented. */
export function saysNothing(text: string): boolean {
  const folded = foldVietnamese(text);
  return !/[a-z0-9]/.test(folded) || /^khong co thong tin\W*$/.test(folded);
}

/**
 * "Không", "Không có", "Không quy định": the source states there is none. For conditions this
 * means the page shows no "Điều kiện" section, which says the same thing.
 */
export function saysNone(text: string): boolean {
  return /^khong( co| quy dinh)?\W*$/.test(foldVietnamese(text));
}
