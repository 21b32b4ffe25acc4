/** The checks `npm run check` runs on each file, in the order an editor would fix them. */
import { kit } from '../../../src/i18n/kit';
import { vi } from '../../../src/i18n/vi';
import { readCalendarDate } from '../../../src/lib/content/calendar-date';
import { formatLongDate, isOverdue } from '../../../src/lib/format/date';
import type { ClosedHost } from '../../../src/config/site';
import { radioTextPath } from '../../../src/lib/kit/paths';
import { closedHostProblems } from './closed-hosts';
import type { ContentFile } from './content-files';
import { checkFrontmatter, lineOfField } from './frontmatter';
import { kitProblems } from './kit';
import { markupProblems, pictureProblems } from './markup';
import { MAX_MARKDOWN_BYTES } from '../../../src/lib/content/limits';
import { checkLink, linksIn, type SiteMap } from './links';
import type { Problem } from './problems';

const t = vi.contentCheck;

/** Template words `npm run new` writes; a page still holding one is not finished. */
const PLACEHOLDERS = [
  vi.newEntry.placeholderDescription,
  vi.newEntry.placeholderSource,
  vi.newEntry.placeholderBody,
  vi.newEntry.placeholderWord,
  vi.newEntry.placeholderStep,
  vi.newEntry.placeholderCode,
  kit.newEntry.placeholderLine,
];

function placeholderProblems(content: ContentFile): Problem[] {
  return PLACEHOLDERS.flatMap((placeholder) => {
    const index = content.text.indexOf(placeholder);
    if (index < 0) return [];
    const line = content.text.slice(0, index).split('\n').length;
    return [{ severity: 'error' as const, file: content.file, line, message: t.placeholder(placeholder) }];
  });
}

function overdueProblems(
  content: ContentFile,
  data: Record<string, unknown>,
  frontmatter: string,
  firstLine: number,
  today: Date,
): Problem[] {
  const written = data['reviewBy'];
  const read = typeof written === 'string' ? readCalendarDate(written) : undefined;
  if (!read?.ok || !isOverdue(read.date, today)) return [];
  const reviewBy = read.date;
  return [
    {
      severity: 'warning',
      file: content.file,
      line: lineOfField(frontmatter, firstLine, ['reviewBy']),
      field: 'reviewBy',
      message: t.overdue(formatLongDate(reviewBy)),
    },
  ];
}

function rawFields(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/** Line in the file where the Markdown body starts. */
function bodyFirstLine(text: string, body: string): number {
  return text.slice(0, text.length - body.length).split('\n').length;
}

/** Every problem of one content file; `closedHosts` are the addresses its text must not link to. */
export function checkFile(
  content: ContentFile,
  site: SiteMap,
  today: Date,
  closedHosts: readonly ClosedHost[] = [],
): Problem[] {
  // A file too large to publish is not read any further: its size is the one thing to fix.
  if (Buffer.byteLength(content.text) > MAX_MARKDOWN_BYTES) return markupProblems(content, '', 1);
  const { markdown, problems } = checkFrontmatter(content);
  if (!markdown) return problems;
  const firstLine = bodyFirstLine(content.text, markdown.body);
  const links = linksIn(markdown.body, firstLine);
  const data = rawFields(markdown.data);
  const frontImage =
    typeof data['image'] === 'string'
      ? pictureProblems(data['image'], content, lineOfField(markdown.frontmatter, markdown.firstLine, ['image']), 'image')
      : [];
  return [
    ...problems,
    ...placeholderProblems(content),
    ...markupProblems(content, markdown.body, firstLine),
    ...frontImage,
    ...links.flatMap((link) => checkLink(link, content, site)),
    ...links.filter((link) => link.kind === 'image').flatMap((link) => pictureProblems(link.href, content, link.line)),
    ...closedHostProblems(content.file, markdown.body, firstLine, closedHosts),
    ...kitProblems(content, markdown, firstLine, site),
    // The review date is read as written, so it is reported even when other fields are wrong.
    ...overdueProblems(content, rawFields(markdown.data), markdown.frontmatter, markdown.firstLine, today),
  ];
}

/** Content paths the site will publish, including the handouts of guides that have a summary and radio scripts' .txt. */
export function publishedPaths(files: readonly ContentFile[]): string[] {
  return files.flatMap((content) => {
    if (content.collection === 'radio') return [content.path, radioTextPath(content.slug)];
    if (content.collection !== 'guides') return [content.path];
    return /^handout\s*:/m.test(content.text)
      ? [content.path, `/truong-hoc/to-roi/${content.slug}/`]
      : [content.path];
  });
}
