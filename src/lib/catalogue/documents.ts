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

/** Consecutive rows under the same heading form one group; a heading that comes back starts another. */
export function documentGroups(documents: readonly ProcedureDocument[]): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  for (const document of documents) {
    const last = groups.at(-1);
    if (last && last.heading === document.group) last.documents.push(document);
    else groups.push({ ...(document.group ? { heading: document.group } : {}), documents: [document] });
  }
  return groups;
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

/** Whether the row's name is only its form file name (the source gave nothing else). */
export function nameIsForm(document: ProcedureDocument): boolean {
  return document.forms?.join(', ') === document.name;
}
