/**
 * The detail page's sections of a synthetic procedure (documents, steps, result, conditions, legal
 * basis), with the real data's length distribution (shapes.ts), in words that look like the real
 * ones. None of it is real.
 */
import type { LegalBasis, ProcedureDocument, ProcedureResult } from '../../../src/lib/catalogue/schema';
import { chance, pick, type Random } from './random';
import { atRank, fromQuantiles, lengthsOf, SHAPES, SHARES } from './shapes';
import { CLAUSES, DOCUMENT_HEADS, FORM_FILES, GROUP_HEADINGS, LAW_KINDS, OBJECTS } from './vocabulary';

/** Text of about `length` characters: the head's words, then clauses', word by word. */
function textOfLength(random: Random, head: string, length: number): string {
  const words = head.split(' ');
  let text = words.shift() ?? '';
  while (text.length < length) {
    if (words.length === 0) words.push(...pick(random, CLAUSES).split(' '));
    text += ` ${words.shift()}`;
  }
  return text;
}

function syntheticDocument(random: Random, group: string | undefined, length: number): ProcedureDocument {
  const name = textOfLength(random, `${pick(random, DOCUMENT_HEADS)} ${pick(random, OBJECTS)}`, length);
  const note = chance(random, SHARES.noteRows);
  const copies = !note && chance(random, SHARES.rowsWithCopies) ? 1 : 0;
  return {
    name,
    originals: note ? 0 : chance(random, 0.85) ? 1 : 2,
    copies,
    ...(chance(random, SHARES.rowsWithForms) ? { forms: [pick(random, FORM_FILES)] } : {}),
    ...(group ? { group } : {}),
  };
}

export function syntheticDocuments(random: Random): ProcedureDocument[] | undefined {
  // One rank for the count and the total length: a table with many rows is a long table, as in the data.
  const rank = random();
  const count = atRank(SHAPES.documentsPerProcedure, rank);
  if (count === 0) return undefined;
  const lengths = lengthsOf(random, rank, count, SHAPES.documentsTotalLength, SHAPES.documentNameLength);
  const groups = Math.min(count, atRank(SHAPES.groupsPerProcedure, rank));
  const perGroup = Math.ceil(count / groups);
  return lengths.map((length, index) => {
    const group =
      groups > 1 ? GROUP_HEADINGS[Math.floor(index / perGroup) % GROUP_HEADINGS.length] : undefined;
    return syntheticDocument(random, group, length);
  });
}

export function syntheticSteps(random: Random): string[] {
  const rank = random();
  const lines = Math.max(1, atRank(SHAPES.stepLines, rank));
  const numbered = chance(random, SHARES.numberedSteps);
  return lengthsOf(random, rank, lines, SHAPES.stepsTotalLength, SHAPES.stepLineLength).map((length, index) =>
    textOfLength(random, `${numbered ? `Bước ${index + 1}:` : '-'} ${pick(random, CLAUSES)}`, length),
  );
}

export function syntheticResult(random: Random, index: number): ProcedureResult[] | undefined {
  const count = fromQuantiles(random, SHAPES.resultsPerProcedure);
  if (count === 0) return undefined;
  return Array.from({ length: count }, (_, i) => ({
    name: textOfLength(
      random,
      `Quyết định về ${pick(random, OBJECTS)}`,
      fromQuantiles(random, SHAPES.resultNameLength),
    ),
    resultCode: `KQ.T99.${String(index * 20 + i).padStart(6, '0')}`,
  }));
}

export function syntheticLegalBasis(random: Random): LegalBasis[] | undefined {
  const count = fromQuantiles(random, SHAPES.legalBasisPerProcedure);
  if (count === 0) return undefined;
  return Array.from({ length: count }, () => {
    const number = `${1 + Math.floor(random() * 200)}/20${10 + Math.floor(random() * 16)}/${pick(random, ['NĐ-CP', 'TT-TEST', 'QH15'])}`;
    const title = textOfLength(
      random,
      `${pick(random, LAW_KINDS)} ${number}`,
      fromQuantiles(random, SHAPES.legalTitleLength),
    );
    return { title, number };
  });
}

export function syntheticRequirements(random: Random): string | undefined {
  if (!chance(random, SHARES.withRequirements)) return undefined;
  return textOfLength(random, pick(random, CLAUSES), fromQuantiles(random, SHAPES.requirementsLength));
}
