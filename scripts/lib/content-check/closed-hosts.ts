/**
 * Links to web addresses that closed (the old provincial portal, the site of a merged
 * department), listed in the site configuration. A page's text must not send readers there; its
 * `sources` may still cite one, as history, because front matter is not checked here.
 */
import MarkdownIt from 'markdown-it';
import type { ClosedHost } from '../../../src/config/site';
import { vi } from '../../../src/i18n/vi';
import type { Problem } from './problems';

/**
 * Links as readers meet them: [text](url), <url>, and bare addresses written with http(s):// or
 * www. A host name written alone ("motcua.tiengiang.gov.vn") is not a link, so history may name it.
 */
const markdown = new MarkdownIt({ html: false, linkify: true });
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

/** The closed host an address points to (the host itself or one of its subdomains). */
export function closedHostOf(href: string, closedHosts: readonly ClosedHost[]): ClosedHost | undefined {
  const absolute = href.startsWith('//') ? `https:${href}` : href;
  if (!URL.canParse(absolute)) return undefined;
  const host = new URL(absolute).hostname.toLowerCase();
  return closedHosts.find((closed) => host === closed.host || host.endsWith(`.${closed.host}`));
}

/** Every link in a Markdown body to a closed host; `firstLine` is the body's first line in the file. */
export function closedHostProblems(
  file: string,
  body: string,
  firstLine: number,
  closedHosts: readonly ClosedHost[],
): Problem[] {
  const problems: Problem[] = [];
  for (const block of markdown.parse(body, {})) {
    if (block.type !== 'inline' || !block.children) continue;
    const line = firstLine + (block.map?.[0] ?? 0);
    for (const token of block.children) {
      if (token.type !== 'link_open') continue;
      const href = String(token.attrGet('href') ?? '');
      const closed = closedHostOf(href, closedHosts);
      if (closed) {
        problems.push({
          severity: 'error',
          file,
          line,
          message: vi.contentCheck.closedHost(href, closed.was),
        });
      }
    }
  }
  return problems;
}
