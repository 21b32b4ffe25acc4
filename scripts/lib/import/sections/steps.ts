/**
 * The steps (trình tự thực hiện): one entry per line of the source, in its order, text as the
 * source has it ("Bước 1: …", "- …" or plain lines). Some of the page text is itself garbled
 * (words displaced mid-sentence); it is kept as it is, never "repaired".
 */
import { cleanParagraphs } from '../text';
import { saysNothing } from './absent';
import type { Parsed } from './types';

export function parseSteps(text: string): Parsed<string[]> {
  if (saysNothing(text)) return { outcome: 'absent', warnings: [] };
  const steps = cleanParagraphs(text)
    .text.split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { value: steps, outcome: 'structured', warnings: [] };
}
