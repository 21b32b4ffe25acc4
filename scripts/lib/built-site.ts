/**
 * The pages of a built site (dist/), shared by `npm run audit` and the tests over the built site,
 * so both walk and sample it the same way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file under dist, as paths relative to it ("thu-tuc/1.001193/index.html"), sorted. */
export function builtHtmlFiles(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first.`);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

/** The URL path a static server answers for an HTML file: "a/b/index.html" → "/a/b/". */
export function urlPathOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The HTML file that answers a URL path: "/a/b/" → "a/b/index.html", "/404.html" → "404.html". */
export function htmlFileOf(urlPath: string): string {
  const path = urlPath.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
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

/** An evenly spread sample of about `size` items, always including the first. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / Math.max(1, size)));
  return items.filter((_, index) => index % step === 0);
}

/**
 * Every page written by hand or from content, plus an evenly spread sample of each kind of page
 * generated from the catalogue: enough to cover each template with every shape of data, without
 * checking thousands of near-identical pages.
 */
export function sampleTemplatePages(urlPaths: readonly string[], sampleSize: number): string[] {
  const procedures = urlPaths.filter(isProcedurePage);
  const lists = urlPaths.filter(isGeneratedListPage);
  const others = urlPaths.filter((path) => !isProcedurePage(path) && !isGeneratedListPage(path));
  return [...others, ...evenSample(lists, sampleSize), ...evenSample(procedures, sampleSize)];
}

/** Paths from the list that have no HTML file in dist. */
export function missingPages(dist: string, urlPaths: readonly string[]): string[] {
  return urlPaths.filter((path) => !existsSync(join(dist, htmlFileOf(path))));
}
