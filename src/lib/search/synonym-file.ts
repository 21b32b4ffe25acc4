/**
 * content/search/synonyms.json, the abbreviations and other names citizens use for procedures
 * ("CCCD", "sổ đỏ", "hộ khẩu"), kept by editors. Checked at build time; an error names the file and
 * the group or word to fix. The browser gets only the folded table (see synonyms.ts).
 */
import { z } from 'zod';
import type { SynonymTable } from './synonyms';
import { words } from './text';

const term = z.string().trim().min(1);

/** The file as editors write it. */
export const synonymFileSchema = z
  .object({
    /** Groups of ways to say the same thing; typing any one also finds the others. */
    groups: z.array(
      z
        .object({
          /** At least two ways of saying it: "GPLX", "giấy phép lái xe". */
          terms: z.array(term).min(2),
          /** Why the group exists, for the next editor; not used by the search. */
          note: z.string().optional(),
        })
        .strict(),
    ),
    /**
     * Words citizens add that do not tell procedures apart ("thủ tục", "xin", "làm"). A result
     * need not contain them, but one that does still ranks a little higher.
     */
    optionalWords: z.array(term),
  })
  .strict();

export type SynonymFile = z.infer<typeof synonymFileSchema>;

/** Where in the file a problem is, so an editor can find it. */
export type SynonymPlace =
  | { kind: 'group'; position: number; terms: string }
  | { kind: 'optionalWord'; position: number }
  | { kind: 'field'; path: string }
  | { kind: 'top' };

export type SynonymProblem =
  | { kind: 'notJson'; detail: string }
  | { kind: 'schema'; place: SynonymPlace; zodMessage: string }
  | { kind: 'noWords'; place: SynonymPlace }
  | { kind: 'duplicate'; place: SynonymPlace; term: string; group: number };

/** The file is wrong; src/i18n/search-data.ts says how, naming the file and each entry. */
export class SynonymFileError extends Error {
  override readonly name = 'SynonymFileError';
  constructor(
    readonly file: string,
    readonly problems: SynonymProblem[],
  ) {
    super(`${file}: ${problems.map((problem) => problem.kind).join(', ')}`);
  }
}

function placeOf(file: unknown, path: (string | number)[]): SynonymPlace {
  const [section, index] = path;
  if (section === 'groups' && typeof index === 'number') {
    const group = (file as { groups?: { terms?: unknown }[] }).groups?.[index];
    const terms = Array.isArray(group?.terms) ? group.terms.filter((t) => typeof t === 'string') : [];
    return { kind: 'group', position: index + 1, terms: terms.slice(0, 3).join(', ') };
  }
  if (section === 'optionalWords' && typeof index === 'number')
    return { kind: 'optionalWord', position: index + 1 };
  return path.length ? { kind: 'field', path: path.join('.') } : { kind: 'top' };
}

/** Checks the file's text and returns the folded table; a SynonymFileError names what is wrong. */
export function parseSynonymFile(text: string, fileName: string): SynonymTable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SynonymFileError(fileName, [{ kind: 'notJson', detail: (error as Error).message }]);
  }
  const result = synonymFileSchema.safeParse(json);
  if (!result.success) {
    throw new SynonymFileError(
      fileName,
      result.error.issues.map((issue) => ({
        kind: 'schema',
        place: placeOf(json, issue.path),
        zodMessage: issue.message,
      })),
    );
  }
  return foldSynonyms(result.data, fileName);
}

/** Folds every phrase and rejects phrases with no words and phrases listed in two groups. */
export function foldSynonyms(file: SynonymFile, fileName: string): SynonymTable {
  const seen = new Map<string, number>();
  const groups = file.groups.map((group, index) =>
    group.terms.map((raw) => {
      const phrase = words(raw);
      const key = phrase.join(' ');
      const place: SynonymPlace = { kind: 'group', position: index + 1, terms: raw };
      if (phrase.length === 0) throw new SynonymFileError(fileName, [{ kind: 'noWords', place }]);
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== index) {
        throw new SynonymFileError(fileName, [{ kind: 'duplicate', place, term: raw, group: earlier + 1 }]);
      }
      seen.set(key, index);
      return key;
    }),
  );
  // A phrase stays a phrase ("như thế nào"): its words are optional only together, or "thế"
  // would make "thẻ" (the same folded word) optional in "cấp lại thẻ căn cước".
  const optionalWords = [...new Set(file.optionalWords.map((term) => words(term).join(' ')).filter(Boolean))];
  return { groups: groups.map((group) => [...new Set(group)]), optionalWords };
}
