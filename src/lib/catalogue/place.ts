/**
 * The national data's "where to submit" (địa chỉ tiếp nhận) is written once for the whole country,
 * and a few records carry another province's address ("… tỉnh Hà Tĩnh"). Shown on a page for this
 * province, that would send a citizen to the wrong office.
 */
import { foldVietnamese } from '../text/fold';

const NAMED_PROVINCE = /\btỉnh\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/gu;

/** True when the text names a province ("tỉnh Hà Tĩnh") other than `province`. */
export function namesOtherProvince(text: string, province: string): boolean {
  const own = foldVietnamese(province);
  return [...text.matchAll(NAMED_PROVINCE)].some((match) => foldVietnamese(match[1] ?? '') !== own);
}
