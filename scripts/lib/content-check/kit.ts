/**
 * The kit's own rules (/tai-lieu-tuyen-truyen/), on the text front matter cannot see: a radio
 * script is about a minute long, holds only what a listener can hear, and says a sourced phone
 * number twice; a press article is 400–600 words; a lesson's activities fill one 45-minute
 * period and it ends with a quiz and its answers; every page it is `basedOn` exists.
 */
import { site as siteConfig } from '../../../src/config/site';
import { kit } from '../../../src/i18n/kit';
import type { MarkdownFile } from '../../../src/lib/content/frontmatter';
import { ARTICLE_MAX_WORDS, ARTICLE_MIN_WORDS } from '../../../src/lib/kit/article';
import { activityMinutes, hasQuiz, LESSON_MINUTES } from '../../../src/lib/kit/lesson';
import {
  RADIO_MAX_WORDS,
  RADIO_MIN_WORDS,
  readingTime,
  scriptAddressProblems,
  scriptMarkupProblems,
  scriptPhoneProblems,
  scriptWords,
} from '../../../src/lib/kit/radio';
import { markdownWords } from '../../../src/lib/kit/words';
import type { ContentFile } from './content-files';
import { lineOfField } from './frontmatter';
import { checkLink, type SiteMap } from './links';
import type { Problem } from './problems';

const t = kit.check;

/** Numbers a script may give: the ones the site has a source for (src/config/site.ts). */
const SOURCED_PHONES = siteConfig.contacts.hotlines.map((hotline) => hotline.number);

function radioProblems(file: string, body: string, bodyLine: number): Problem[] {
  const at = (line: number) => ({ severity: 'error' as const, file, line });
  const words = scriptWords(body);
  const problems: Problem[] = [];
  if (words < RADIO_MIN_WORDS || words > RADIO_MAX_WORDS) {
    const seconds = readingTime(words).totalSeconds;
    problems.push({
      ...at(bodyLine),
      message: t.radioWords(words, RADIO_MIN_WORDS, RADIO_MAX_WORDS, seconds),
    });
  }
  for (const found of scriptMarkupProblems(body)) {
    problems.push({ ...at(bodyLine + found.line - 1), message: t.radioMarkup(found.what) });
  }
  for (const phone of scriptPhoneProblems(body, SOURCED_PHONES)) {
    const message =
      phone.kind === 'unknown'
        ? t.radioPhoneUnknown(phone.phone, SOURCED_PHONES.join(', '))
        : t.radioPhoneOnce(phone.phone);
    problems.push({ ...at(bodyLine), message });
  }
  for (const found of scriptAddressProblems(body)) {
    problems.push({ ...at(bodyLine), message: t.radioAddress(found.address, found.kind) });
  }
  return problems;
}

function articleProblems(file: string, body: string, bodyLine: number): Problem[] {
  const words = markdownWords(body);
  if (words >= ARTICLE_MIN_WORDS && words <= ARTICLE_MAX_WORDS) return [];
  return [
    {
      severity: 'error',
      file,
      line: bodyLine,
      message: t.articleWords(words, ARTICLE_MIN_WORDS, ARTICLE_MAX_WORDS),
    },
  ];
}

function lessonProblems(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const total = activityMinutes(body).reduce((sum, minutes) => sum + minutes, 0);
  if (total !== LESSON_MINUTES) {
    problems.push({
      severity: 'error',
      file,
      line: bodyLine,
      message: t.lessonMinutes(total, LESSON_MINUTES),
    });
  }
  if (!hasQuiz(body)) problems.push({ severity: 'error', file, line: bodyLine, message: t.lessonNoQuiz });
  return problems;
}

/** `basedOn` and a poster's `target` must be pages of this site, like any link in the text. */
function pathProblems(content: ContentFile, markdown: MarkdownFile, site: SiteMap): Problem[] {
  const data = (typeof markdown.data === 'object' && markdown.data !== null ? markdown.data : {}) as Record<
    string,
    unknown
  >;
  const basedOn: unknown[] = Array.isArray(data['basedOn']) ? data['basedOn'] : [];
  const wanted: [unknown, (string | number)[], (href: string) => string][] = [
    ...basedOn.map((href, index): [unknown, (string | number)[], (href: string) => string] => [
      href,
      ['basedOn', index],
      t.basedOnMissing,
    ]),
    [data['target'], ['target'], t.targetMissing],
  ];
  return wanted.flatMap(([href, path, message]): Problem[] => {
    if (typeof href !== 'string') return [];
    const line = lineOfField(markdown.frontmatter, markdown.firstLine, path) ?? 1;
    const found = checkLink({ kind: 'link', href, text: href, line }, content, site);
    return found.length > 0 ? [{ severity: 'error', file: content.file, line, message: message(href) }] : [];
  });
}

/** The kit's problems for one file; other collections have none here. */
export function kitProblems(
  content: ContentFile,
  markdown: MarkdownFile,
  firstLine: number,
  site: SiteMap,
): Problem[] {
  // Point at the first line of text, not the blank line after the front matter.
  const bodyLine = firstLine + (/^(?:[ \t]*\r?\n)*/.exec(markdown.body)?.[0].split('\n').length ?? 1) - 1;
  const byKind: Partial<Record<ContentFile['collection'], () => Problem[]>> = {
    radio: () => radioProblems(content.file, markdown.body, bodyLine),
    articles: () => articleProblems(content.file, markdown.body, bodyLine),
    lessons: () => lessonProblems(content.file, markdown.body, bodyLine),
    posters: () => [],
  };
  const own = byKind[content.collection];
  return own ? [...own(), ...pathProblems(content, markdown, site)] : [];
}
