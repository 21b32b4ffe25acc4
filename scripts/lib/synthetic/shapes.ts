/**
 * How long the real detail pages' sections are, so a synthetic catalogue weighs what a real one
 * of its size would. Each table is the 20-quantiles (0 %, 5 %, … 95 %) and the maximum of the real
 * catalogue imported from the detail export of 2026-12-01 (1,601 procedures); shares are of
 * procedures or of document rows. Re-measure after an import that changes them much.
 */
import type { Random } from './random';

export type Quantiles = readonly number[];

export const SHAPES = {
  documentsPerProcedure: [0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 6, 7, 9, 12, 21, 94],
  /** Characters of all document names of a procedure that has documents. */
  documentsTotalLength: [
    13, 78, 117, 159, 195, 244, 290, 344, 408, 470, 535, 612, 714, 865, 1031, 1233, 1622, 2181, 3036, 5581,
    49501,
  ],
  documentNameLength: [
    7, 33, 47, 59, 71, 87, 99, 112, 124, 137, 150, 167, 188, 209, 237, 272, 309, 357, 450, 605, 4944,
  ],
  groupsPerProcedure: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 5, 20],
  stepLines: [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 7, 8, 9, 10, 12, 14, 18, 25, 84],
  stepsTotalLength: [
    39, 343, 490, 606, 710, 798, 891, 983, 1091, 1201, 1317, 1485, 1693, 1865, 2074, 2309, 2752, 3289, 4126,
    5056, 22764,
  ],
  stepLineLength: [
    1, 23, 31, 51, 75, 84, 101, 123, 146, 164, 183, 202, 224, 246, 272, 302, 337, 385, 446, 542, 1963,
  ],
  resultsPerProcedure: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 18],
  resultNameLength: [3, 19, 27, 36, 40, 44, 49, 54, 57, 61, 65, 70, 76, 85, 91, 100, 111, 131, 153, 199, 904],
  legalBasisPerProcedure: [0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 11, 22],
  legalTitleLength: [
    1, 13, 17, 23, 23, 24, 31, 48, 69, 86, 97, 106, 115, 128, 138, 150, 164, 177, 207, 257, 906,
  ],
  requirementsLength: [
    2, 71, 126, 163, 184, 230, 291, 336, 370, 453, 505, 573, 707, 805, 977, 1129, 1260, 1476, 2000, 2542,
    44580,
  ],
} satisfies Record<string, Quantiles>;

export const SHARES = {
  /** Document rows naming a form file. */
  rowsWithForms: 0.13,
  /** Rows counting nothing (notes). */
  noteRows: 0.11,
  /** Rows asking for a copy. */
  rowsWithCopies: 0.34,
  /** Procedures whose steps are numbered "Bước 1: …". */
  numberedSteps: 0.24,
  /** Procedures with conditions. */
  withRequirements: 0.27,
};

/**
 * The value at rank `u` (0 to 1) of a quantile table, between the bounds of its bucket. The top
 * bucket reaches the maximum, so the longest real sections appear now and then, as in the data.
 */
export function atRank(quantiles: Quantiles, u: number): number {
  const position = Math.min(u, 0.999999) * (quantiles.length - 1);
  const bucket = Math.floor(position);
  const low = quantiles[bucket] ?? 0;
  const high = quantiles[bucket + 1] ?? low;
  return Math.round(low + (high - low) * (position - bucket));
}

export function fromQuantiles(random: Random, quantiles: Quantiles): number {
  return atRank(quantiles, random());
}

/**
 * `count` lengths that add up to a total drawn at the same rank as the count (a table with many
 * rows is a long table, as in the data), shared out as the per-item table says they vary.
 */
export function lengthsOf(
  random: Random,
  rank: number,
  count: number,
  totals: Quantiles,
  items: Quantiles,
): number[] {
  const total = Math.max(atRank(totals, rank), count * 8);
  const weights = Array.from({ length: count }, () => Math.max(1, fromQuantiles(random, items)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => Math.max(8, Math.round((weight / sum) * total)));
}
