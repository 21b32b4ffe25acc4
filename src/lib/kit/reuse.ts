/**
 * How the kit's materials may be reused: the licence of the site's own text and pictures
 * (LICENSE at the repository root), and the attribution line to print with a copy.
 */
import { kit } from '../../i18n/kit';

export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  /** The licence's Vietnamese deed. */
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/** The line a republisher prints with the material: its title, this site and its full address. */
export function attributionLine(title: string, siteName: string, url: string): string {
  return kit.reuse.attribution(title, siteName, url);
}
