/**
 * A new content file from a title: its path (the slug of the title) and its front matter, filled
 * with today's dates and template words that `npm run check` refuses until they are replaced.
 */
import yaml from 'js-yaml';
import { kit } from '../../../src/i18n/kit';
import { vi } from '../../../src/i18n/vi';
import { toIsoDate } from '../../../src/lib/format/date';
import { slugify } from '../../../src/lib/text/slug';
import { PROCEDURE_CODE } from '../../../src/lib/catalogue/constants';
import { MARKDOWN_COLLECTIONS, type MarkdownCollectionName } from '../../../src/lib/content/collections';

/** The kit's kinds (/tai-lieu-tuyen-truyen/) also name the guides they are built from. */
const KIT_COLLECTIONS: ReadonlySet<MarkdownCollectionName> = new Set([
  'radio',
  'posters',
  'articles',
  'lessons',
]);

/** Months until a new page must be checked again. */
const REVIEW_AFTER_MONTHS = 6;

export interface NewEntry {
  /** Path from the project root: content/news/ra-mat-ung-dung.md */
  file: string;
  /** Where it will be published: /tin-tuc/ra-mat-ung-dung/ */
  address: string;
  text: string;
}

function addMonths(date: Date, months: number): Date {
  const later = new Date(date);
  later.setUTCMonth(later.getUTCMonth() + months);
  return later;
}

/**
 * The file for a new page. Dates are written as YYYY-MM-DD in the province's time zone; YAML is
 * written by js-yaml so a title with ":" or quotes stays valid.
 */
export function newEntry(collection: MarkdownCollectionName, title: string, today: Date): NewEntry {
  if (collection === 'summaries' || collection === 'recordNotes') return newProcedureNote(collection, title, today);
  const cleanTitle = title.normalize('NFC').trim();
  const slug = slugify(cleanTitle);
  if (slug === '') throw new Error(vi.newEntry.emptyTitle);
  const day = toIsoDate(today);
  const frontmatter: Record<string, unknown> = {
    title: cleanTitle,
    description: vi.newEntry.placeholderDescription,
    ...(collection === 'news' ? { date: day, tags: [] } : {}),
    updated: day,
    reviewBy: toIsoDate(addMonths(today, REVIEW_AFTER_MONTHS)),
    sources: [{ title: vi.newEntry.placeholderSource, url: 'https://' }],
    ...(KIT_COLLECTIONS.has(collection) ? { basedOn: [kit.newEntry.placeholderPath] } : {}),
    // A life event: one everyday word and one step with one procedure, all to be replaced.
    ...(collection === 'events'
      ? {
          words: [vi.newEntry.placeholderWord],
          steps: [
            { title: vi.newEntry.placeholderStep, procedures: [{ code: vi.newEntry.placeholderCode }] },
          ],
        }
      : {}),
    ...(collection === 'posters'
      ? { target: kit.newEntry.placeholderPath, lines: [kit.newEntry.placeholderLine] }
      : {}),
  };
  // js-yaml quotes dates written as strings; editors and the build expect bare dates.
  const yamlText = yaml
    .dump(frontmatter, { lineWidth: -1, quotingType: '"' })
    .replace(/^(date|updated|reviewBy): ["'](\d{4}-\d{2}-\d{2})["']$/gm, '$1: $2');
  return {
    file: `content/${MARKDOWN_COLLECTIONS[collection].folder}/${slug}.md`,
    address: MARKDOWN_COLLECTIONS[collection].path(slug),
    text: `---\n${yamlText}---\n\n${vi.newEntry.placeholderBody}\n`,
  };
}

/**
 * A summary or a record note is named after the procedure's code, which is all `npm run new`
 * needs: `npm run new -- summaries 1.001193`. Every field is a template word `npm run check` refuses.
 */
function newProcedureNote(collection: 'summaries' | 'recordNotes', code: string, today: Date): NewEntry {
  const cleanCode = code.trim();
  if (!PROCEDURE_CODE.test(cleanCode)) throw new Error(vi.schema.badCode);
  const slug = cleanCode.replace('.', '-');
  const day = toIsoDate(today);
  const placeholder = vi.newEntry.placeholderBody;
  const dates = { updated: day, reviewBy: toIsoDate(addMonths(today, REVIEW_AFTER_MONTHS)) };
  const sources = [{ title: vi.newEntry.placeholderSource, url: 'https://' }];
  const frontmatter: Record<string, unknown> =
    collection === 'summaries'
      ? {
          code: cleanCode,
          ...dates,
          who: placeholder,
          bring: [placeholder],
          steps: [placeholder, placeholder, placeholder],
          time: placeholder,
          cost: placeholder,
          where: placeholder,
          sources,
        }
      : { code: cleanCode, kind: 'outdated', title: vi.newEntry.placeholderStep, ...dates, sources };
  const yamlText = yaml
    .dump(frontmatter, { lineWidth: -1, quotingType: '"', forceQuotes: false })
    .replace(/^(updated|reviewBy): ["'](\d{4}-\d{2}-\d{2})["']$/gm, '$1: $2')
    .replace(/^code: (\d\.\d{6})$/m, 'code: "$1"');
  return {
    file: `content/${MARKDOWN_COLLECTIONS[collection].folder}/${slug}.md`,
    address: MARKDOWN_COLLECTIONS[collection].path(slug),
    text: `---\n${yamlText}---\n${collection === 'recordNotes' ? `\n${placeholder}\n` : ''}`,
  };
}
