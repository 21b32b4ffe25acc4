/**
 * The pages of the built site, read from dist/. Browser and output tests use this list so that a
 * new page is covered without anyone remembering to add it. The walking and sampling rules are
 * the audit's own (scripts/lib/built-site.ts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtCatalogueFile, readCatalogue } from '../../scripts/lib/data-files';
import { NAMED_CASES, UNBROKEN_NAME } from '../../scripts/lib/fixture-site/cases';
import { FIXTURE_DAY } from '../../scripts/lib/fixture-site/build';
import { handMadePages, listShapes, procedureShapes, type ShapedPage } from '../../scripts/lib/page-shapes';
import { codeOfSlug } from '../../src/lib/content/procedure-note-schemas';
import { browsePaths, procedurePath } from '../../src/lib/navigation';
import {
  builtHtmlFiles as htmlFilesIn,
  notableProcedurePages,
  sampleTemplatePages,
  urlPathOf,
} from '../../scripts/lib/built-site';

export { isProcedurePage, urlPathOf } from '../../scripts/lib/built-site';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every HTML file under dist/, as paths relative to it ("thu-tuc/1.001193/index.html"). */
export function builtHtmlFiles(): string[] {
  return htmlFilesIn(DIST);
}

/**
 * The procedures whose data stretches the template furthest (longest names, most documents, most
 * ways of submitting), read from the catalogue the site was built from.
 */
export function notablePages(): ReturnType<typeof notableProcedurePages> {
  return notableProcedurePages(builtCatalogueFile(ROOT));
}

/**
 * Hand-made pages in full, generated catalogue pages sampled (30 of each kind by default), and the
 * notable procedures.
 */
export function pagesToAudit(sampleSize = 30): string[] {
  const notable = notablePages().map((page) => page.path);
  return sampleTemplatePages(builtHtmlFiles().map(urlPathOf), sampleSize, notable);
}

/** Codes with an editors' summary or warning, from their files' names. */
function editorCodes(folder: string): Set<string> {
  return new Set(
    readdirSync(`${ROOT}/content/${folder}`)
      .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
      .map((name) => codeOfSlug(name.replace(/\.md$/, ''))),
  );
}

/**
 * The real site's pages the browser sweep visits once each: every page written by hand or from
 * content, and the generated pages picked by the shapes of their data (scripts/lib/page-shapes.ts).
 */
export function sweepPages(): ShapedPage[] {
  const paths = builtHtmlFiles().map(urlPathOf);
  const { procedures } = readCatalogue(builtCatalogueFile(ROOT));
  const codes = { summaries: editorCodes('tom-tat'), recordNotes: editorCodes('luu-y-ban-ghi') };
  const built = new Set(paths);
  return [
    ...handMadePages(paths),
    ...procedureShapes(procedures, codes, FIXTURE_DAY).filter((page) => built.has(page.path)),
    ...listShapes(paths),
  ];
}

/** The fixture site's pages the sweep visits: each named case, and the pages that list the hostile one. */
export function fixtureSweepPages(): ShapedPage[] {
  return [
    ...NAMED_CASES.map((named) => ({ path: procedurePath(named.code), shape: named.name })),
    { path: browsePaths.field('tu-phap', 'ho-tich'), shape: 'the list of the hostile name’s field' },
    { path: browsePaths.tier('tinh'), shape: 'a list by tier holding the hostile name' },
    { path: browsePaths.method('buu-chinh'), shape: 'a list by method holding the hostile name' },
    { path: `/tra-cuu/?q=${encodeURIComponent(UNBROKEN_NAME.slice(0, 40))}`, shape: 'search results with the hostile name' },
    { path: '/tin-tuc/tin-co-anh/', shape: 'a news item with a picture' },
  ];
}
