/**
 * The pages of the built site, read from dist/. Browser and output tests use this list so that a
 * new page is covered without anyone remembering to add it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every HTML file under dist/, as paths relative to it ("thu-tuc/1.001193/index.html"). */
export function builtHtmlFiles(): string[] {
  if (!existsSync(DIST)) {
    throw new Error('dist/ does not exist: run `npm run build` before these tests.');
  }
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(DIST, path).split(sep).join('/'));
    }
  };
  walk(DIST);
  return files.sort();
}

/** The URL path a static server answers for an HTML file: "a/b/index.html" → "/a/b/". */
export function urlPathOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Procedure pages are thousands of near-identical pages from one template. */
export function isProcedurePage(urlPath: string): boolean {
  return /^\/thu-tuc\/\d\.\d{6}\/$/.test(urlPath);
}

/**
 * Catalogue lists generated from data (one per field, agency, tier, method and their further
 * pages): hundreds of pages from one template, like procedure pages.
 */
export function isGeneratedListPage(urlPath: string): boolean {
  return /^\/thu-tuc\/(nhom\/[^/]+\/[^/]+|co-quan\/[^/]+|cap\/[^/]+|cach-nop\/[^/]+|muc-do\/[^/]+)\/(trang-\d+\/)?$/.test(
    urlPath,
  );
}

/** An evenly spread sample of `size` items, always including the first. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / size));
  return items.filter((_, index) => index % step === 0);
}

/**
 * Every page written by hand or from content, plus an evenly spread sample of the pages generated
 * from the catalogue: enough to cover each template with every shape of data, without running a
 * browser over thousands of pages.
 */
export function pagesToAudit(sampleSize = 30): string[] {
  const paths = builtHtmlFiles().map(urlPathOf);
  const procedures = paths.filter(isProcedurePage);
  const lists = paths.filter(isGeneratedListPage);
  const others = paths.filter((path) => !isProcedurePage(path) && !isGeneratedListPage(path));
  return [...others, ...evenSample(lists, sampleSize), ...evenSample(procedures, sampleSize)];
}
