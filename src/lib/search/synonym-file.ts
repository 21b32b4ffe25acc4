/**
 * content/search/synonyms.json, the abbreviations and other names citizens use for procedures
 * ("CCCD", "sổ đỏ", "hộ khẩu"), kept by editors. Checked at build time; an error names the file and
 * the group or word to fix. The browser gets only the folded table (see synonyms.ts).
 */
import { z } from 'zod';
import { editorsText } from '../../i18n/editors';
import type { SynonymTable } from './synonyms';
import { words } from './text';

const m = editorsText.searchData;

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

/** Where an issue is, in words an editor can find in the file. */
function describePath(file: unknown, path: (string | number)[]): string {
  const [section, index] = path;
  if (section === 'groups' && typeof index === 'number') {
    const group = (file as { groups?: { terms?: unknown }[] }).groups?.[index];
    const terms = Array.isArray(group?.terms) ? group.terms.filter((t) => typeof t === 'string') : [];
    return m.atGroup(index + 1, terms.slice(0, 3).join(', '));
  }
  if (section === 'optionalWords' && typeof index === 'number') return m.atOptionalWord(index + 1);
  return path.length ? m.atField(path.join('.')) : m.atTop;
}

/** Checks the file's text and returns the folded table; the error names the file and the entry. */
export function parseSynonymFile(text: string, fileName: string): SynonymTable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${m.inFile(fileName)} ${m.notJson} (${(error as Error).message})`);
  }
  const result = synonymFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `- ${describePath(json, issue.path)}: ${issue.message}`,
    );
    throw new Error([m.inFile(fileName), ...problems].join('\n'));
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
      if (phrase.length === 0)
        throw new Error(`${m.inFile(fileName)} ${m.atGroup(index + 1, raw)}: ${m.noWords}`);
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== index) {
        throw new Error(
          `${m.inFile(fileName)} ${m.atGroup(index + 1, raw)}: ${m.duplicate(raw, earlier + 1)}`,
        );
      }
      seen.set(key, index);
      return key;
    }),
  );
  const optionalWords = [...new Set(file.optionalWords.flatMap(words))];
  return { groups: groups.map((group) => [...new Set(group)]), optionalWords };
}
