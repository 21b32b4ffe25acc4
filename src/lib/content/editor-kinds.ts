/**
 * What kind of field each front-matter rule is, for the editors' web editor (/quan-tri/). The
 * schema helpers (schemas.ts and beside it) mark the rules they make; editor-fields.ts walks a
 * collection's schema and reads the marks, so the editor's forms come from the same declarations
 * as the build and `npm run check`. A rule without a mark cannot be shown to an editor, and the
 * unit test that builds every collection's form says which one.
 */
import type { ZodTypeAny } from 'zod';

export type EditorKind =
  /** A line or a few lines of text, at most `max` characters. */
  | { kind: 'text'; max: number }
  /** A calendar day, written 2026-12-06. */
  | { kind: 'date' }
  /** A whole number from 1 up. */
  | { kind: 'position' }
  /** A full web address. */
  | { kind: 'url' }
  /** A procedure's national code, one of the catalogue's. */
  | { kind: 'procedureCode' }
  /** An address on this site ("/huong-dan/theo-doi-ho-so/"). */
  | { kind: 'sitePath' }
  /** A short topic of a news item, one of those already used or a new one. */
  | { kind: 'tag'; max: number }
  /** A picture next to the Markdown file. */
  | { kind: 'image' }
  /** One of a few fixed values. */
  | { kind: 'choice'; options: readonly string[] }
  /** A list with at least `min` and at most `max` items (its items are marked on their own). */
  | { kind: 'list'; min?: number; max?: number };

const marks = new WeakMap<ZodTypeAny, EditorKind>();

/** Marks a rule with the kind of field it is; returns the rule itself. */
export function editorKind<T extends ZodTypeAny>(rule: T, kind: EditorKind): T {
  marks.set(rule, kind);
  return rule;
}

export function markOf(rule: ZodTypeAny): EditorKind | undefined {
  return marks.get(rule);
}
