/**
 * Links and pictures in the Markdown body: where they point, what their text says, and whether
 * the target exists on the site.
 */
import MarkdownIt from 'markdown-it';
import { vi } from '../../../src/i18n/vi';
import type { Procedure } from '../../../src/lib/catalogue/schema';
import { groupIdOfPath, procedureCodeOfPath } from '../../../src/lib/navigation';
import { foldVietnamese } from '../../../src/lib/text/fold';
import type { Problem } from './problems';

const t = vi.contentCheck;
const markdown = new MarkdownIt({ html: false });

export interface BodyLink {
  kind: 'link' | 'image';
  href: string;
  /** The words a reader (or a screen reader) gets for the link; alt text for a picture. */
  text: string;
  /** Line in the file (1-based). */
  line: number;
}

/** Every link and picture in a Markdown body, with its line; `firstLine` is the body's first line in the file. */
export function linksIn(body: string, firstLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  for (const block of markdown.parse(body, {})) {
    if (block.type !== 'inline' || !block.children) continue;
    const line = firstLine + (block.map?.[0] ?? 0);
    let open: { href: string; text: string } | undefined;
    for (const token of block.children) {
      if (token.type === 'link_open') open = { href: String(token.attrGet('href') ?? ''), text: '' };
      else if (token.type === 'link_close' && open) {
        links.push({ kind: 'link', href: open.href, text: open.text.trim(), line });
        open = undefined;
      } else if (token.type === 'image') {
        links.push({ kind: 'image', href: String(token.attrGet('src') ?? ''), text: token.content, line });
      } else if (open && (token.type === 'text' || token.type === 'code_inline')) open.text += token.content;
    }
  }
  return links;
}

/**
 * Link words that say nothing about where the link goes, compared after folding (no marks, lower
 * case), so "Tại đây", "TAI DAY" and "tại đây." all match.
 */
const VAGUE_LINK_TEXT = new Set(
  [
    'tại đây',
    'ở đây',
    'đây',
    'xem thêm',
    'xem tại đây',
    'xem chi tiết',
    'chi tiết',
    'bấm vào đây',
    'nhấn vào đây',
    'nhấp vào đây',
    'bấm đây',
    'click vào đây',
    'click here',
    'here',
    'read more',
    'more',
    'link',
    'liên kết',
    'đường link',
  ].map(foldVietnamese),
);

export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXT.has(foldVietnamese(text.replace(/[.:;!?…»«"“”()]+/g, ' ')).trim());
}

/** What the site knows about its own pages, for checking internal links. */
export interface SiteMap {
  /** URL paths of every page and file the site publishes. */
  paths: ReadonlySet<string>;
  /** Codes in the catalogue. */
  procedureCodes: ReadonlySet<string>;
  /** Topic-group ids of content/catalogue/nhom-linh-vuc.json. */
  groupIds: ReadonlySet<string>;
  /** The catalogue's procedures by code, and the date of its data (YYYY-MM-DD). */
  procedures: ReadonlyMap<string, Procedure>;
  catalogueAsOf: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Problems with one link or picture of a file. */
export function checkLink(
  link: BodyLink,
  file: { file: string; absolute: string },
  site: SiteMap,
): Problem[] {
  const at = { file: file.file, line: link.line };
  const problems: Problem[] = [];
  if (link.kind === 'link' && isVagueLinkText(link.text)) {
    problems.push({ severity: 'error', ...at, message: t.vagueLinkText(link.text) });
  }
  const href = link.href;
  if (href.startsWith('#') || SCHEME.test(href) || href.startsWith('//')) return problems;

  // Pictures are checked with the page's other pictures (markup.ts).
  if (link.kind === 'image') return problems;
  if (!href.startsWith('/'))
    return [...problems, { severity: 'error', ...at, message: t.relativeLink(href) }];

  const path = href.split(/[?#]/)[0] ?? href;
  if (site.paths.has(path)) return problems;
  if (site.paths.has(`${path}/`))
    return [...problems, { severity: 'error', ...at, message: t.missingSlash(path) }];

  const procedure = procedureCodeOfPath(path);
  if (procedure) {
    if (site.procedureCodes.has(procedure)) return problems;
    return [...problems, { severity: 'error', ...at, message: t.unknownProcedure(procedure) }];
  }
  const group = groupIdOfPath(path);
  if (group) {
    if (site.groupIds.has(group)) return problems;
    return [...problems, { severity: 'error', ...at, message: t.unknownGroup(href) }];
  }
  return [...problems, { severity: 'error', ...at, message: t.brokenLink(href) }];
}
