/**
 * How the kit's materials may be reused: the licence of the site's own text and pictures
 * (LICENSE at the repository root). The attribution line to print with a copy is worded in
 * src/i18n/kit.ts (kit.reuse.attribution).
 */

export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  /** The licence's Vietnamese deed. */
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;
