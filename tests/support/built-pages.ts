/**
 * The pages of the built site, read from dist/. Browser and output tests use this list so that a
 * new page is covered without anyone remembering to add it. The walking and sampling rules are
 * the audit's own (scripts/lib/built-site.ts).
 */
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles as htmlFilesIn, sampleTemplatePages, urlPathOf } from '../../scripts/lib/built-site';

export { isProcedurePage, urlPathOf } from '../../scripts/lib/built-site';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every HTML file under dist/, as paths relative to it ("thu-tuc/1.001193/index.html"). */
export function builtHtmlFiles(): string[] {
  return htmlFilesIn(DIST);
}

/** Hand-made pages in full, generated catalogue pages sampled (30 of each kind by default). */
export function pagesToAudit(sampleSize = 30): string[] {
  return sampleTemplatePages(builtHtmlFiles().map(urlPathOf), sampleSize);
}
