/** Splits a title into plain and marked pieces, for rendering as text with <mark> (never as HTML). */
import type { Range } from './types';

export interface Piece {
  text: string;
  marked: boolean;
}

export function highlightPieces(text: string, ranges: readonly Range[]): Piece[] {
  const pieces: Piece[] = [];
  let position = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, position);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > position) pieces.push({ text: text.slice(position, from), marked: false });
    pieces.push({ text: text.slice(from, to), marked: true });
    position = to;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), marked: false });
  return pieces;
}
