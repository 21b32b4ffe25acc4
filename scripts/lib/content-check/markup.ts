/**
 * Markdown is content, not code (src/lib/content/limits.ts): raw HTML beyond a few inline tags,
 * links outside https:, mailto:, tel: and this site, pictures that are not pictures (SVG) or are too
 * large, and files too long are refused, each with its file and line.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { vi } from '../../../src/i18n/vi';
import {
  ALLOWED_TAGS,
  MAX_MARKDOWN_BYTES,
  MAX_PICTURE_BYTES,
  PICTURE_EXTENSIONS,
  isAllowedHref,
  isPicture,
  rawHtmlProblems,
  type MarkupProblem,
} from '../../../src/lib/content/limits';
import type { ContentFile } from './content-files';
import type { Problem } from './problems';

const t = vi.contentCheck;

// Raw HTML on, and every link kept, however odd its scheme: the check must see what the build
// would publish, and decide for itself.
const markdown = new MarkdownIt({ html: true, linkify: false });
markdown.validateLink = () => true;

const allowedTags = Object.keys(ALLOWED_TAGS)
  .map((tag) => `<${tag}>`)
  .join(', ');

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function describe(problem: MarkupProblem): string {
  switch (problem.kind) {
    case 'tag':
      return t.rawHtml(problem.tag, allowedTags);
    case 'attribute':
      return t.rawHtmlAttribute(problem.tag, problem.attribute);
    case 'scheme':
      return t.badScheme(problem.href);
  }
}

/** Raw HTML and link schemes in a Markdown body whose first line is `firstLine` in the file. */
export function bodyMarkupProblems(body: string, firstLine: number): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  for (const token of markdown.parse(body, {})) {
    const line = firstLine + (token.map?.[0] ?? 0);
    if (token.type === 'html_block') problems.push(...rawHtmlProblems(token.content, line));
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline') problems.push(...rawHtmlProblems(child.content, line));
      if (child.type === 'link_open') {
        const href = String(child.attrGet('href') ?? '');
        // A path without a scheme ("lien-ket/") is a relative link: links.ts says how to write it.
        const hasScheme = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
        if (hasScheme && !isAllowedHref(href)) problems.push({ kind: 'scheme', href, line });
      }
    }
  }
  return problems;
}

/** A picture a page names (in its body or its `image` field): a real picture, present, not too large. */
export function pictureProblems(src: string, content: ContentFile, line: number | undefined, field?: string): Problem[] {
  const at = { severity: 'error' as const, file: content.file, ...(line ? { line } : {}), ...(field ? { field } : {}) };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return [];
  if (!isPicture(src)) return [{ ...at, message: t.notPicture(src, PICTURE_EXTENSIONS.join(', ')) }];
  let size: number;
  try {
    size = statSync(resolve(dirname(content.absolute), decodeURI(src))).size;
  } catch {
    return [{ ...at, message: field ? t.missingFrontImage(src) : t.missingImage(src) }];
  }
  return size > MAX_PICTURE_BYTES ? [{ ...at, message: t.pictureTooLarge(src, kb(size), kb(MAX_PICTURE_BYTES)) }] : [];
}

export function markupProblems(content: ContentFile, body: string, firstLine: number): Problem[] {
  const size = Buffer.byteLength(content.text);
  const tooLarge: Problem[] =
    size > MAX_MARKDOWN_BYTES
      ? [{ severity: 'error', file: content.file, line: 1, message: t.fileTooLarge(kb(size), kb(MAX_MARKDOWN_BYTES)) }]
      : [];
  return [
    ...tooLarge,
    ...bodyMarkupProblems(body, firstLine).map(
      (problem): Problem => ({ severity: 'error', file: content.file, line: problem.line, message: describe(problem) }),
    ),
  ];
}
