/**
 * The documents table as a citizen's checklist: rows grouped under the headings the source gives
 * ("Giấy tờ phải nộp", "Trường hợp ủy quyền …"), in the source's order.
 */
import type { ProcedureDocument } from './schema';

export interface DocumentGroup {
  /** The source's heading; absent for rows the source puts under none. */
  heading?: string;
  documents: ProcedureDocument[];
}

/** A group longer than this opens and closes (a `<details>`), so the page stays scannable. */
export const LONG_GROUP = 10;

/**
 * Consecutive rows under the same heading form one group; a heading that comes back starts
 * another. Groups with something to bring come first, groups of notes only ("Lưu ý") after them,
 * each in the source's order: the application form must not hide behind twenty notes.
 */
export function documentGroups(documents: readonly ProcedureDocument[]): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  for (const document of documents) {
    const last = groups.at(-1);
    if (last && last.heading === document.group) last.documents.push(document);
    else groups.push({ ...(document.group ? { heading: document.group } : {}), documents: [document] });
  }
  const onlyNotes = (group: DocumentGroup) => group.documents.every(isNote);
  return [...groups.filter((group) => !onlyNotes(group)), ...groups.filter(onlyNotes)];
}

/** "(iv) ", "a) ", "2. ", "- ": the source's numbering, which means nothing out of its list. */
export const LIST_MARK = /^\s*(?:\(?[0-9ivxlc]{1,4}[).]|\(?[a-zđ][).]|[-+•*])\s*/iu;

/**
 * A row for some cases only: "Trường hợp…", "Nếu…", "Đối với…", "Khi…", "… trong trường hợp …"
 * before any alternative it offers, or anything about acting for someone else ("ủy quyền").
 */
const CONDITIONAL = /^(?:đối với|nếu|khi)\s|trường hợp|ủy quyền|uỷ quyền/iu;

/** "…; trường hợp không có…": the alternative a row offers is not a condition on the row itself. */
export const ALTERNATIVE = /;\s*(?:trường hợp|nếu)\s.*$/iu;

/** Whether a row applies only in some cases, by how the source words it. */
export function isConditional(name: string): boolean {
  return CONDITIONAL.test(name.replace(LIST_MARK, '').replace(ALTERNATIVE, '').trim());
}

export interface CaseSplit {
  /** Rows everyone brings (and notes about them), in the source's order. */
  everyone: ProcedureDocument[];
  /** Rows for some cases only, in the source's order. */
  someCases: ProcedureDocument[];
}

/** A group's rows, those for everyone first: what a citizen reads before the exceptions. */
export function splitByCase(documents: readonly ProcedureDocument[]): CaseSplit {
  return {
    everyone: documents.filter((document) => !isConditional(document.name)),
    someCases: documents.filter((document) => isConditional(document.name)),
  };
}

/** How many documents everyone brings and how many more some cases need. */
export function countByCase(documents: readonly ProcedureDocument[]): { everyone: number; someCases: number } {
  const { everyone, someCases } = splitByCase(documents);
  return { everyone: countToBring(everyone), someCases: countToBring(someCases) };
}

/**
 * A row that counts nothing (0 bản chính, 0 bản sao) is a note about the others ("… thì không
 * phải nộp bản giấy"), not something to bring: it gets no box to tick.
 */
export function isNote(document: Pick<ProcedureDocument, 'originals' | 'copies'>): boolean {
  return document.originals === 0 && document.copies === 0;
}

/** How many documents a citizen brings: every row that counts something. */
export function countToBring(documents: readonly ProcedureDocument[]): number {
  return documents.filter((document) => !isNote(document)).length;
}

/** Whether the row's name is only its form file names without their extensions (the source gave nothing else). */
export function nameIsForm(document: ProcedureDocument): boolean {
  return document.forms?.map((form) => form.replace(/\.[a-z]{3,4}$/i, '')).join(', ') === document.name;
}
