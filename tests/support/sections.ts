/**
 * Snippets of the detail export's page sections, cut verbatim from the real data
 * (tests/fixtures/import/detail-sections.json), one per table shape the parsers handle.
 */
import { readFileSync } from 'node:fs';

const file = JSON.parse(readFileSync('tests/fixtures/import/detail-sections.json', 'utf8')) as {
  snippets: Record<string, { code: string | null; text: string | null }>;
};

/** The snippet's text, NFC as the import reads it. */
export function snippet(name: string): string {
  const text = file.snippets[name]?.text;
  if (typeof text !== 'string') throw new Error(`No snippet "${name}" in detail-sections.json`);
  return text.normalize('NFC');
}
