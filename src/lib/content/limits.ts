/**
 * What an editor's files may hold, set once for `npm run check`, the build and the web editor.
 *
 * Markdown is content, not code: a page's body is text with the few inline tags below, and links
 * that go to the web (https), e-mail, a phone number or a page of this site. Anything else (a
 * <script>, an <iframe>, a <meta http-equiv="refresh">, an onerror= attribute, a javascript: link)
 * could run code or send readers elsewhere, whatever the page says.
 */

/**
 * The largest Markdown file, in bytes. The longest page today is under 10 kB; 200 kB is a short
 * book, far more than anyone reads on a phone, and a 10 MB file took 2.6 GB of memory to build.
 */
export const MAX_MARKDOWN_BYTES = 200 * 1024;

/**
 * The largest picture, in bytes. A phone's photo is 2–5 MB; the build makes the small copies
 * readers download, so the original only has to fit in the repository comfortably.
 */
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;

/**
 * Picture formats the build's image pipeline turns into small WebP copies. SVG is not a picture
 * here: it is a document that can carry script, and it would be served as is from our domain.
 */
export const PICTURE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** Inline tags a Markdown body may use, each with the only attributes it may carry. */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  kbd: [],
  br: [],
  sub: [],
  sup: [],
};

/** Link schemes a Markdown body may use; a link may also start with "/" (this site) or "#". */
export const ALLOWED_SCHEMES = ['https:', 'mailto:', 'tel:'] as const;

export type MarkupProblem =
  | { kind: 'tag'; tag: string; line: number }
  | { kind: 'attribute'; tag: string; attribute: string; line: number }
  | { kind: 'scheme'; href: string; line: number };

/** "anh.SVG" → "svg": a file's extension, lower case, or "" when it has none. */
export function extensionOf(path: string): string {
  const name = path.split(/[?#]/)[0] ?? path;
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot < name.lastIndexOf('/') ? '' : name.slice(dot + 1).toLowerCase();
}

export function isPicture(path: string): boolean {
  return (PICTURE_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/** Whether a link may be published: this site, an anchor, or one of the allowed schemes. */
export function isAllowedHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true;
  if (trimmed.startsWith('#')) return true;
  return ALLOWED_SCHEMES.some((scheme) => trimmed.toLowerCase().startsWith(scheme));
}

/** An opening (or self-closing) tag; a closing tag alone can do nothing and is not reported again. */
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>?/g;
const ATTRIBUTE = /([^\s=/"'>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * The problems of a piece of raw HTML found in a Markdown body at `line`: every tag outside the
 * allowed list, every attribute an allowed tag may not carry. HTML comments are notes to other
 * editors, never shown: they are left alone.
 */
export function rawHtmlProblems(html: string, line: number): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const match of withoutComments.matchAll(TAG)) {
    const tag = (match[1] ?? '').toLowerCase();
    const at = line + (withoutComments.slice(0, match.index).match(/\n/g)?.length ?? 0);
    const allowed = ALLOWED_TAGS[tag];
    if (!allowed) {
      problems.push({ kind: 'tag', tag, line: at });
      continue;
    }
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? '').toLowerCase();
      if (name && !allowed.includes(name)) problems.push({ kind: 'attribute', tag, attribute: name, line: at });
    }
  }
  return problems;
}
