/**
 * The pages of the built site, read from dist/. Browser and output tests use this list so that a
 * new page is covered without anyone remembering to add it. The walking and sampling rules are
 * the audit's own (scripts/lib/built-site.ts).
 */
import { fileURLToPath } from 'node:url';
import { builtCatalogueFile } from '../../scripts/lib/data-files';
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
