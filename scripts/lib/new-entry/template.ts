/**
 * A new content file from a title: its path (the slug of the title) and its front matter, filled
 * with today's dates and template words that `npm run check` refuses until they are replaced.
 */
import yaml from 'js-yaml';
import { kit } from '../../../src/i18n/kit';
import { vi } from '../../../src/i18n/vi';
import { toIsoDate } from '../../../src/lib/format/date';
import { slugify } from '../../../src/lib/text/slug';
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
