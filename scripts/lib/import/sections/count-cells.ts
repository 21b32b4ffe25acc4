/**
 * The count cells of a flattened documents table: "1 bản chính", "1 bản sao", "1 bản chính,1 bản
 * sao". The export glued each row's cells together, so a count cell sits right against the text
 * before it and the row after it: "…khai sinh.1 bản chínhGiấy chứng sinh…".
 *
 * The same words also occur inside a document's name, where they are not a cell: "nộp 02 bản chính
 * tờ khai hải quan", "01 bản sao có chứng thực giấy tờ …". Those are told apart by how they sit:
 * - a cell is never followed by a space (the next row starts right after it);
 * - a cell writes its number without a leading zero; names write "01", "02" after a space.
 * "0 bản chính,1 bản sao" (both counts, comma, no space) is only ever a cell.
 *
 * A cell's number is one digit: digits before it belong to the name ("theo Mẫu số 18" +
 * "1 bản chính" arrives as "Mẫu số 181 bản chính"; "ngày 01/01/2026" + "1 bản chính" as
 * "01/01/20261 bản chính"). Counts of ten or more are not seen in the national data.
 */

export interface CountCell {
  /** Where the cell starts (its one digit) and ends, in the text given. */
  start: number;
  end: number;
  originals: number;
  copies: number;
}

const COUNT_WORDS = /(\d+) bản chính,(\d+) bản sao|(\d+) bản chính|(\d+) bản sao/gu;

/** "nộp 01 bản chính": a number with a leading zero standing as a word of its own. */
function isWrittenInText(text: string, start: number, digits: string): boolean {
  const before = start === 0 ? '' : (text[start - 1] ?? '');
  return /^0[1-9]$/.test(digits) && (before === '' || /[\s(]/u.test(before));
}

export function findCountCells(text: string): CountCell[] {
  const cells: CountCell[] = [];
  for (const match of text.matchAll(COUNT_WORDS)) {
    const [, bothOriginals, bothCopies, originalsOnly, copiesOnly] = match;
    const start = match.index;
    const end = start + match[0].length;
    const digits = bothOriginals ?? originalsOnly ?? copiesOnly ?? '';
    if (bothOriginals === undefined) {
      const next = text[end];
      if (next !== undefined && /\s/u.test(next)) continue;
      if (isWrittenInText(text, start, digits)) continue;
    }
    const count = Number(digits.slice(-1));
    cells.push({
      start: start + digits.length - 1,
      end,
      originals: copiesOnly === undefined ? count : 0,
      copies: bothCopies !== undefined ? Number(bothCopies) : copiesOnly !== undefined ? count : 0,
    });
  }
  return cells;
}

/** Every string of the count cells' shape, cells or not: what a naive count of the source finds. */
export function countWordsIn(text: string): number {
  return [...text.matchAll(COUNT_WORDS)].length;
}
