/**
 * The pages of a built site. Same idea as tests/support/built-pages.ts (which the tests use):
 * every page in full, except the thousands of procedure pages, which are sampled.
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

/** Every page except procedure pages, plus an evenly spread sample of those. */
export function sampleForAudit(urlPaths: string[], procedureSample: number): string[] {
  const procedures = urlPaths.filter(isProcedurePage);
  const step = Math.max(1, Math.ceil(procedures.length / Math.max(1, procedureSample)));
  const sample = procedures.filter((_, index) => index % step === 0);
  return [...urlPaths.filter((path) => !isProcedurePage(path)), ...sample];
}

/** Paths from the list that have no HTML file in dist. */
export function missingPages(dist: string, urlPaths: string[]): string[] {
  return urlPaths.filter((path) => !existsSync(join(dist, htmlFileOf(path))));
}
