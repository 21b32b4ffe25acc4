/**
 * Which links taken from the catalogue data a page may show. A procedure's "Làm thủ tục" button
 * sends a citizen to submit a dossier, so it may only point to a portal the site configuration
 * lists as official (src/config/site.ts, `portals`), by a clean https:// address. Anything else is
 * left out and the page points to the national portal instead.
 */

/** The portals as the site configuration lists them; a province without its own portal has none. */
export interface OfficialPortals {
  national: { url: string };
  provincial?: { url: string } | undefined;
}

/** Host names of the official portals: ["dichvucong.gov.vn", …]. */
export function officialHosts(portals: OfficialPortals): string[] {
  const urls = [portals.national.url, portals.provincial?.url];
  return [...new Set(urls.flatMap((url) => (url ? [new URL(url).hostname] : [])))];
}

/**
 * Printable ASCII that needs no escaping in a URL: what a clean address is made of. Quotes,
 * brackets, spaces, backslashes and the like mean the text is not an address someone meant
 * (`https://dichvucong.gov.vn/x"><script>…`), even though a URL parser would accept it.
 */
const CLEAN_URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

export type LinkProblem = 'not-https' | 'not-official';

/** Why a link from the data cannot be shown, or undefined when it can. */
export function linkProblem(text: string, hosts: readonly string[]): LinkProblem | undefined {
  if (!CLEAN_URL_CHARACTERS.test(text) || !text.startsWith('https://')) return 'not-https';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not-https';
  }
  if (url.username || url.password || url.port) return 'not-https';
  return hosts.includes(url.hostname) ? undefined : 'not-official';
}

/** The link when a page may show it, else undefined. */
export function officialLink(text: string | undefined, hosts: readonly string[]): string | undefined {
  return text !== undefined && linkProblem(text, hosts) === undefined ? text : undefined;
}
