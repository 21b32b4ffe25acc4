/**
 * The real procedures the content names (life events, top tasks, summaries, record warnings,
 * links in articles), taken from the committed catalogue: a catalogue made for a test or a scale
 * build carries them, so the real content still builds on it (the content gate refuses a page that
 * names a procedure its catalogue lacks). `npm run synthetic` and the fixture site use this alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROCEDURE_CODE_PATTERN } from '../../../src/lib/catalogue/constants';
import type { Catalogue, Procedure } from '../../../src/lib/catalogue/schema';
import { DATA_FILES } from '../../../src/lib/content/data-files';
import { readCatalogue } from '../data-files';

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** Every code written in content/ (Markdown and the top-task list), with the file name form "1-001193" read too. */
export function codesTheContentNames(root: string): Set<string> {
  const texts = [readFileSync(join(root, DATA_FILES.topTasks), 'utf8'), ...markdownUnder(join(root, 'content'))];
  const names = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' });
  return new Set([
    ...texts.flatMap((text) => text.match(new RegExp(PROCEDURE_CODE_PATTERN, 'g')) ?? []),
    ...names.flatMap((name) => /(\d)-(\d{6})\.md$/.exec(name)?.slice(1, 3).join('.') ?? []),
  ]);
}

/** The committed records of the procedures the content names. */
export function contentProcedures(root: string): Procedure[] {
  const named = codesTheContentNames(root);
  return readCatalogue(join(root, DATA_FILES.catalogue)).procedures.filter((procedure) => named.has(procedure.code));
}

/** `catalogue` with the content's procedures added (a code already in it is kept as it is), sorted by code. */
export function withContentProcedures(catalogue: Catalogue, root: string): Catalogue {
  const present = new Set(catalogue.procedures.map((procedure) => procedure.code));
  const added = contentProcedures(root).filter((procedure) => !present.has(procedure.code));
  return {
    ...catalogue,
    procedures: [...catalogue.procedures, ...added].sort((a, b) => a.code.localeCompare(b.code)),
  };
}
