/**
 * Front matter of every Markdown collection under content/.
 *
 * Written for editors: each field says what it is for. Messages are in Vietnamese and name the
 * field as it is written in the file, because the person who reads them is the person who typed it.
 *
 * Pure zod (no Astro imports) so the build, `npm run check` and the tests all use the same rules.
 *
 * Why the field helpers below check values by hand instead of using z.string() or z.number():
 * the build replaces zod's "missing" and "wrong type" messages with its own English ones
 * ("Required"), while custom messages reach the editor unchanged.
 */
import { z } from 'zod';
import { PROCEDURE_CODE } from '../catalogue/constants';
import { readCalendarDate } from './calendar-date';
import { editorKind } from './editor-kinds';
import { fail, type SchemaProblem } from './schema-problems';

export { fail } from './schema-problems';

/** A required line of text, at most `max` characters, e.g. a title. */
export function text(field: string, max: number) {
  return editorKind(z.unknown().transform((value, ctx): string => {
    if (value === undefined || value === null) return fail(ctx, { kind: 'required', field });
    if (typeof value !== 'string') return fail(ctx, { kind: 'notText', field });
    const trimmed = value.trim();
    if (trimmed === '') return fail(ctx, { kind: 'emptyText', field });
    if (trimmed.length > max) return fail(ctx, { kind: 'tooLong', field, max });
    return trimmed;
  }), { kind: 'text', max });
}

/**
 * A calendar date written as 2025-07-01. Front matter is read with dates as text (see
 * frontmatter.ts), so a day that is not on the calendar (2026-13-01, 2026-02-30) is refused here
 * with what was written, instead of being rolled over into another day.
 */
export function date(field: string) {
  return editorKind(z.unknown().transform((value, ctx): Date => {
    if (value === undefined || value === null) return fail(ctx, { kind: 'required', field });
    if (typeof value !== 'string') return fail(ctx, { kind: 'badDate', field });
    const read = readCalendarDate(value);
    if (read.ok) return read.date;
    if (read.problem.kind === 'format') return fail(ctx, { kind: 'badDate', field });
    return fail(ctx, { kind: 'notOnCalendar', field, written: value.trim(), problem: read.problem });
  }), { kind: 'date' });
}

/** A whole number from 1 up, e.g. a position in a list. */
function position(field: string) {
  return editorKind(
    z.unknown().transform((value, ctx): number => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        return fail(ctx, { kind: 'badNumber', field });
      }
      return value;
    }),
    { kind: 'position' },
  );
}

/** A full web address (http or https). */
export function webAddress() {
  return editorKind(
    z.unknown().transform((value, ctx): string => {
      if (typeof value !== 'string' || !/^https?:\/\//.test(value) || !URL.canParse(value)) return fail(ctx, { kind: 'badUrl' });
      return value;
    }),
    { kind: 'url' },
  );
}

/**
 * A procedure's national code. It must be quoted in YAML ("1.001193"): unquoted it is read as a
 * number, and 2.001230 would become 2.00123.
 */
export const procedureCode = editorKind(
  z.unknown().transform((value, ctx): string => {
    if (typeof value === 'number') return fail(ctx, { kind: 'codeNeedsQuotes' });
    return typeof value === 'string' && PROCEDURE_CODE.test(value.trim()) ? value.trim() : fail(ctx, { kind: 'badCode' });
  }),
  { kind: 'procedureCode' },
);

/** A list with at least one item; `problem` says what the editor should add. */
export function nonEmptyList<T extends z.ZodTypeAny>(item: T, problem: SchemaProblem, max?: number) {
  return editorKind(
    z
      .unknown()
      .transform((value, ctx): unknown[] => (Array.isArray(value) && value.length > 0 ? value : fail(ctx, problem)))
      .pipe(z.array(item)),
    { kind: 'list', min: 1, ...(max === undefined ? {} : { max }) },
  );
}

/** Any key not in the template: almost always a typing mistake ("titel" for "title"). */
const unknownKey = z.unknown().transform((_value, ctx) => fail(ctx, { kind: 'unknownField' }));

/** An object of the given fields that reports every other key at that key, so the message names it. */
export function fields<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .object(shape)
    .catchall(unknownKey)
    .transform((data) => data as z.infer<z.ZodObject<Shape>>);
}

/** Where a fact on the page comes from: a law, a plan, an official page or a newspaper. */
export const sourceSchema = fields({
  /**
   * The document's name as readers would look for it, with its number, date and issuer:
   * "Kế hoạch 228/KH-UBND ngày 18/8/2017 của UBND tỉnh Tiền Giang".
   */
  title: text('title', 300),
  /**
   * A full web address where the document can be read. Leave it out only for a document that
   * has no public copy online; its title must then identify it on its own.
   */
  url: webAddress().optional(),
});

/** The list of sources; factual pages need at least one. */
const sourceList = z.array(sourceSchema);
export const requiredSources = editorKind(
  sourceList.optional().transform((list, ctx) => (list?.length ? list : fail(ctx, { kind: 'noSources' }))),
  { kind: 'list', min: 1 },
);

/** Fields every page has. */
export const pageFields = {
  /** The page's heading and the title in browser tabs and search results. Say what the page helps with. */
  title: text('title', 120),
  /** One or two sentences shown under the title in lists and in link previews (at most 220 characters). */
  description: text('description', 220),
  /** The day the content was last checked and changed. */
  updated: date('updated'),
  /** The day by which someone must check the page again; past it, the page tells readers it may be out of date. */
  reviewBy: date('reviewBy'),
  /** Position in its section's list: 1 comes first. Pages without it follow, by title. */
  order: position('order').optional(),
};

export function reviewAfterUpdate(data: { updated?: Date | undefined; reviewBy: Date }, ctx: z.RefinementCtx): void {
  if (data.updated && data.reviewBy < data.updated) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['reviewBy'],
      message: 'reviewBeforeUpdate',
      params: { problem: { kind: 'reviewBeforeUpdate' } },
    });
  }
}

/** A factual page: every fact on it must come from one of its `sources`. */
export const factualPageSchema = fields({ ...pageFields, sources: requiredSources }).superRefine(reviewAfterUpdate);

/** Chính quyền điện tử: what e-government is and what the province has done. */
export const explainerSchema = factualPageSchema;

/** The longest handout that still fits one printed page with its QR code. */
export const HANDOUT_MAX_LINES = 8;

/**
 * Hướng dẫn: step-by-step guides (service levels, accounts, payment, following a dossier).
 * A guide with `handout` also gets a one-page printable handout for schools.
 */
export const guideSchema = fields({
  ...pageFields,
  sources: requiredSources,
  /** The key steps, one short line each, printed on the guide's one-page handout with a QR code. */
  handout: editorKind(
    z
      .array(text('handout', 160))
      .optional()
      .transform((lines, ctx) =>
        lines && lines.length > HANDOUT_MAX_LINES ? fail(ctx, { kind: 'handoutTooLong', max: HANDOUT_MAX_LINES }) : lines,
      ),
    { kind: 'list', max: HANDOUT_MAX_LINES },
  ).optional(),
}).superRefine(reviewAfterUpdate);

/** Bưu chính công ích: sending dossiers and receiving results by post. */
export const postalSchema = factualPageSchema;

/**
 * Pages about the portal itself (giới thiệu, trường học, khả năng tiếp cận).
 * Sources are optional here because some of these pages state no facts from elsewhere.
 */
export const standalonePageSchema = fields({ ...pageFields, sources: sourceList.optional() }).superRefine(
  reviewAfterUpdate,
);

/**
 * Tin tức: dated news. `image` is checked by the caller (Astro's image() helper resolves the file),
 * so the schema takes it as a parameter; tests pass a plain string schema.
 */
export function newsSchema<Image extends z.ZodTypeAny>(image: Image) {
  // In the order an editor fills them in (the web editor shows them so): the day of publication
  // before the day of a later change.
  const { title, description, reviewBy, order } = pageFields;
  return fields({
    title,
    description,
    /** The day the news was published; news lists are sorted by it, newest first. */
    date: date('date'),
    /** Changed later than published? Put the day here. Left out, it is the same as `date`. */
    updated: date('updated').optional(),
    reviewBy,
    order,
    /** Short topics in lower case, e.g. [thành phố thông minh, mỹ tho]. */
    tags: z.array(editorKind(text('tags', 40), { kind: 'tag', max: 40 })).default([]),
    /** Optional picture: a file next to the article, written as ./ten-anh.jpg */
    image: image.optional(),
    /** What the picture shows, for people who cannot see it. Required with `image`. */
    imageAlt: text('imageAlt', 200).optional(),
    sources: requiredSources,
  }).superRefine((data, ctx) => {
    reviewAfterUpdate({ updated: data.updated ?? data.date, reviewBy: data.reviewBy }, ctx);
    if (data.image !== undefined && data.imageAlt === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['imageAlt'],
        message: 'imageNeedsAlt',
        params: { problem: { kind: 'imageNeedsAlt' } },
      });
    }
  });
}

/**
 * One entry of content/top-tasks.json: a task citizens come for most, shown on the home page.
 * Write the label the way a citizen would say it; the code must be in the catalogue.
 */
export const topTaskSchema = fields({
  /** What the citizen wants to do, in their words: "Đăng ký khai sinh cho con". */
  label: text('label', 80),
  /** National code of the procedure, e.g. "1.001193". */
  code: z.unknown().transform((value, ctx): string =>
    typeof value === 'string' && PROCEDURE_CODE.test(value) ? value : fail(ctx, { kind: 'badCode' }),
  ),
});

export type TopTask = z.infer<typeof topTaskSchema>;

export type FactualPage = z.infer<typeof factualPageSchema>;
export type StandalonePage = z.infer<typeof standalonePageSchema>;

/**
 * News `image` as the editor wrote it: a path to a picture next to the article. The build's own
 * image() helper resolves the file afterwards; `npm run check` checks that it exists.
 */
const imagePath = editorKind(
  z.unknown().refine((value) => typeof value === 'string', {
    message: 'imagePath',
    params: { problem: { kind: 'imagePath' } },
  }),
  { kind: 'image' },
);

/** News front matter as written, checked before anything reads the picture. */
export const newsAsWrittenSchema = newsSchema(imagePath);
