/**
 * How the steps (trình tự thực hiện) are laid out: an ordered list when the source numbers them
 * ("Bước 1: …"), paragraphs otherwise. The text is never changed: the source's "Bước 1:" stays
 * the visible number, and lines between two steps stay with the step before them.
 */

export interface NumberedStep {
  /** The line that starts the step: "Bước 2: Nộp hồ sơ". */
  lead: string;
  /** The lines after it, up to the next step. */
  details: string[];
}

export type StepsLayout =
  { kind: 'numbered'; intro: string[]; steps: NumberedStep[] } | { kind: 'paragraphs'; paragraphs: string[] };

const STEP_START = /^Bước\s*\d+/iu;

/** Steps longer than this (in characters) open and close, the first step open. */
export const LONG_STEPS = 1_500;

/** Paragraphs shown before a long unnumbered text folds away. */
export const PARAGRAPHS_BEFORE_FOLD = 3;

export function stepsLayout(lines: readonly string[]): StepsLayout {
  const starts = lines.filter((line) => STEP_START.test(line)).length;
  if (starts < 2) return { kind: 'paragraphs', paragraphs: [...lines] };
  const intro: string[] = [];
  const steps: NumberedStep[] = [];
  for (const line of lines) {
    const current = steps.at(-1);
    if (STEP_START.test(line)) steps.push({ lead: line, details: [] });
    else if (current) current.details.push(line);
    else intro.push(line);
  }
  return { kind: 'numbered', intro, steps };
}

export function textLength(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length, 0);
}

export function isLongText(lines: readonly string[]): boolean {
  return textLength(lines) > LONG_STEPS;
}
