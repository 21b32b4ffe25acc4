import { stripMarks } from './fold';

const NOT_ALPHANUMERIC_RUN = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/**
 * Turns a Vietnamese title into an ASCII URL segment that schools can print and citizens can
 * type: "Đăng ký khai sinh" → "dang-ky-khai-sinh". Never returns diacritics, so URLs do not turn
 * into %-escapes when shared.
 */
export function slugify(text: string): string {
  return stripMarks(text.normalize('NFC'))
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC_RUN, '-')
    .replace(EDGE_DASHES, '');
}

/** True when the text is already a slug that `slugify` would leave unchanged. */
export function isSlug(text: string): boolean {
  return text.length > 0 && slugify(text) === text;
}
