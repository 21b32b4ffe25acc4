/**
 * Front matter of the "Tài liệu tuyên truyền" kit (issue 15): radio scripts, posters, press
 * articles and lesson outlines. Each is sourced like the guides it is built from, and names those
 * guides in `basedOn`, so a reader (and `npm run check`) can follow every fact back to the site.
 * Body rules (word counts, minutes, phone numbers) are checked by `npm run check`
 * (scripts/lib/content-check/kit.ts), since front matter cannot see the text.
 */
import { z } from 'zod';
import { editorKind } from './editor-kinds';
import type { SchemaProblem } from './schema-problems';
import { fail, fields, pageFields, requiredSources, reviewAfterUpdate, text } from './schemas';

/** An address on this site, as links inside the site are written: "/huong-dan/theo-doi-ho-so/". */
const SITE_PATH = /^\/(?:[a-z0-9.-]+\/)*$/;

function sitePath(problem: SchemaProblem) {
  return editorKind(
    z.unknown().transform((value, ctx): string =>
      typeof value === 'string' && SITE_PATH.test(value.trim()) ? value.trim() : fail(ctx, problem),
    ),
    { kind: 'sitePath' },
  );
}

/** The site's pages the material is built from: at least one. */
const basedOn = editorKind(
  z
    .unknown()
    .transform((value, ctx): unknown[] =>
      Array.isArray(value) && value.length > 0 ? value : fail(ctx, { kind: 'kitBasedOn' }),
    )
    .pipe(z.array(sitePath({ kind: 'kitBasedOn' }))),
  { kind: 'list', min: 1 },
);

const kitFields = { ...pageFields, sources: requiredSources, basedOn };

/** A radio script: the body is the text read aloud, plain paragraphs only. */
export const radioSchema = fields(kitFields).superRefine(reviewAfterUpdate);

/** The most short lines a poster has under its headline: a poster is read from across a room. */
export const POSTER_MAX_LINES = 4;

/** An A4 poster: a headline (`title`), a few short lines, and a QR code to `target`. */
export const posterSchema = fields({
  ...kitFields,
  /** The headline, read from a few metres away: at most 60 characters. */
  title: text('title', 60),
  /** The page of this site the QR code opens. */
  target: sitePath({ kind: 'kitTarget' }),
  /** At most four lines of at most 70 characters: steps, or what to do. */
  lines: editorKind(
    z
      .unknown()
      .transform((value, ctx): unknown[] =>
        Array.isArray(value) && value.length >= 1 && value.length <= POSTER_MAX_LINES
          ? value
          : fail(ctx, { kind: 'posterLines', max: POSTER_MAX_LINES }),
      )
      .pipe(z.array(text('lines', 70))),
    { kind: 'list', min: 1, max: POSTER_MAX_LINES },
  ),
}).superRefine(reviewAfterUpdate);

/** An article that newspapers and agencies' sites may republish, 400–600 words. */
export const articleSchema = fields(kitFields).superRefine(reviewAfterUpdate);

/** A 45-minute lesson outline: goals, activities with minutes, a quiz with answers. */
export const lessonSchema = fields(kitFields).superRefine(reviewAfterUpdate);
