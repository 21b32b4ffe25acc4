/**
 * Which social card a page uses. Content pages and section pages have their own card; every other
 * page (the thousands of procedure pages among them) shares the card of the nearest section above
 * it, so the build draws dozens of pictures, not one per procedure.
 */

/** Folder of the built cards: /the-chia-se/huong-dan--muc-do-3.png */
export const CARDS_FOLDER = '/the-chia-se/';

/** The home page's card, also the last fallback. */
export const HOME_CARD_ID = 'trang-chu';

/**
 * A card's file name from the page's URL path: segments joined by "--", which no slug contains
 * (slugify collapses dashes), so two pages never share a name. "/" is the home card.
 */
export function cardIdForPath(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  return segments.length === 0 ? HOME_CARD_ID : segments.join('--');
}

/** The URL path of a card image. */
export function cardImagePath(cardId: string): string {
  return `${CARDS_FOLDER}${cardId}.png`;
}

/**
 * The card for the page at `pathname`: its own if one was drawn, else the nearest parent's
 * ("/thu-tuc/1.001193/" → "/thu-tuc/"), else the home page's.
 */
export function cardForPath(pathname: string, drawn: ReadonlySet<string>): string {
  const segments = pathname.split('/').filter(Boolean);
  for (let length = segments.length; length > 0; length -= 1) {
    const id = segments.slice(0, length).join('--');
    if (drawn.has(id)) return cardImagePath(id);
  }
  return cardImagePath(HOME_CARD_ID);
}
