/**
 * What an event page says about each procedure in brief: how many documents to bring and the
 * first few of them, and which procedures an event's card on the index names first. Pure, so the
 * pages and the tests share it.
 */
import { ALTERNATIVE, LIST_MARK, isConditional, isNote } from '../catalogue/documents';
import type { ProcedureDocument } from '../catalogue/schema';

/** How many document names a procedure shows on an event page; its own page has them all. */
export const BRIEF_DOCUMENTS = 3;

/** Longest document name shown in brief, in characters; longer ones are cut at a word. */
export const BRIEF_NAME_LENGTH = 90;

export interface DocumentBrief {
  /** Every document to bring (rows that count no copy are notes, not documents). */
  count: number;
  /** The first few names, shortened, those that apply to everyone first. */
  names: string[];
}

/** The form everyone fills in: "Tờ khai…", "Đơn…", "Giấy đề nghị…", "Phiếu đề nghị…". */
const APPLICATION = /^(?:tờ khai|đơn|giấy đề nghị|phiếu đề nghị|văn bản đề nghị|đề nghị|mẫu)\s/iu;

/** "(nếu người có yêu cầu…)", "(do người yêu cầu…)": when or how, left to the procedure's page. */
const ASIDE = /\s*\((?:nếu|do|đối với|trường hợp|trừ)\s[^)]*\)?/giu;

/** " ban hành kèm theo Thông tư số …" inside a form's reference: the form's number is enough. */
const ISSUED_WITH = /\s+ban hành kèm theo[^)]*/giu;

/** A document's name without the source's numbering, at most `max` characters, cut at a word. */
export function shortDocumentName(name: string, max = BRIEF_NAME_LENGTH): string {
  const clean = name
    .replace(LIST_MARK, '')
    .replace(ALTERNATIVE, '')
    .replace(ISSUED_WITH, '')
    .replace(ASIDE, '')
    .replace(/\s+/g, ' ')
    .replace(/[;,.:]+$/u, '')
    .trim();
  return cutAtWord(clean.charAt(0).toLocaleUpperCase('vi') + clean.slice(1), max);
}

/** Text of at most `max` characters, cut at the last word that fits and marked with "…". */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s;,.:(]+$/u, '')}…`;
}

/** 0: the application form; 1: a document everyone brings; 2: one for some cases. */
function rank(name: string): number {
  if (isConditional(name)) return 2;
  return APPLICATION.test(name.replace(LIST_MARK, '').trim()) ? 0 : 1;
}

/**
 * The documents in brief: the count of those to bring, and up to `limit` names: the application
 * form, then what everyone brings, then what some cases need, each in the source's order, no
 * name twice (a procedure with several cases often lists the same form under each).
 */
export function documentBrief(
  documents: readonly ProcedureDocument[] | undefined,
  limit = BRIEF_DOCUMENTS,
): DocumentBrief {
  const toBring = (documents ?? []).filter((document) => !isNote(document));
  const ordered = toBring
    .map((document, index) => ({ document, index, rank: rank(document.name) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ document }) => document);
  const names: string[] = [];
  for (const document of ordered) {
    const name = shortDocumentName(document.name);
    if (name !== '' && !names.includes(name)) names.push(name);
    if (names.length === limit) break;
  }
  return { count: toBring.length, names };
}

/**
 * The procedures an event's entry on the index names: the "liên thông" one first when there is
 * one, then the others in the order of the steps, each once, at most `limit`.
 */
export function leadProcedures<T extends { code: string }>(
  steps: readonly { procedures: readonly { procedure: T }[] }[],
  combined: T | undefined,
  limit: number,
): T[] {
  const all = [
    ...(combined ? [combined] : []),
    ...steps.flatMap((step) => step.procedures.map((item) => item.procedure)),
  ];
  const seen = new Set<string>();
  return all.filter((procedure) => !seen.has(procedure.code) && seen.add(procedure.code)).slice(0, limit);
}
