/**
 * Saved copies of pages, as the service worker shows them: the notice that a page comes from the
 * phone and not the network, the name and day a page was saved, and the offline page's list of
 * saved pages. Plain string work on the site's own markup, so it runs in the worker and in tests.
 */

/** Headers the worker adds when it stores a page (header values must be Latin-1: URI-encoded). */
export const SAVED_AT_HEADER = 'x-dvc-saved-at';
export const TITLE_HEADER = 'x-dvc-title';

/** The offline page's list of saved pages and the sentence shown while it is empty. */
export const SAVED_LIST_ID = 'trang-da-luu';
export const NONE_SAVED_ID = 'chua-luu-trang';

const MAIN_OPENING = /<main\b[^>]*>/;
const TITLE = /<title>([^<]*)<\/title>/;

/** The page with `noticeHtml` at the top of its main content (or of the body, lacking a main). */
export function withNotice(html: string, noticeHtml: string): string {
  const main = MAIN_OPENING.exec(html);
  if (main) return html.slice(0, main.index + main[0].length) + noticeHtml + html.slice(main.index + main[0].length);
  return html.replace(/<body\b[^>]*>/, (body) => body + noticeHtml);
}

/** The page's own title, without the " | site name" the browser tab gets; HTML-escaped as written. */
export function pageTitle(html: string, siteName: string): string {
  const title = TITLE.exec(html)?.[1]?.trim() ?? '';
  const suffix = ` | ${siteName}`;
  return title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}

/** When a stored response was saved: the worker's own mark, else the server's Date header. */
export function savedAt(headers: { get(name: string): string | null }): Date | undefined {
  const written = headers.get(SAVED_AT_HEADER) ?? headers.get('date');
  if (!written) return undefined;
  const date = new Date(written);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The offline page with `itemsHtml` (list items) in its saved-pages list, the "none yet" sentence gone. */
export function withSavedPages(offlineHtml: string, itemsHtml: string): string {
  if (itemsHtml === '') return offlineHtml;
  const list = new RegExp(`(<ul\\b[^>]*\\bid="${SAVED_LIST_ID}"[^>]*>)`);
  const none = new RegExp(`<p\\b[^>]*\\bid="${NONE_SAVED_ID}"[^>]*>[\\s\\S]*?</p>`);
  return offlineHtml.replace(list, `$1${itemsHtml}`).replace(none, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe inside HTML (a page title read back from a header, an address). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}
