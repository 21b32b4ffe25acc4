/**
 * The national data's "where to submit" (địa chỉ tiếp nhận) is written once for the whole country,
 * and a few records carry another province's address ("… tỉnh Hà Tĩnh"). Shown on a page for this
 * province, that would send a citizen to the wrong office.
 */
import { foldVietnamese } from '../text/fold';

const NAMED_PROVINCE = /\btỉnh\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/gu;

/**
 * True when the text names a province ("tỉnh Hà Tĩnh") that is none of `ownProvinces`: the
 * portal's province and, after a merger, the province it now belongs to.
 */
export function namesOtherProvince(text: string, ownProvinces: readonly string[]): boolean {
  const own = new Set(ownProvinces.map(foldVietnamese));
  return [...text.matchAll(NAMED_PROVINCE)].some((match) => !own.has(foldVietnamese(match[1] ?? '')));
}
