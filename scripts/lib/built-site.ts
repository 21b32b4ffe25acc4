/**
 * The pages of a built site (dist/), shared by `npm run audit` and the tests over the built site,
 * so both walk and sample it the same way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EDITOR_PATH, procedureCodeOfPath, procedurePath } from '../../src/lib/navigation';
import { readCatalogue } from './data-files';

/** The editors' web editor: an application of its own, with its own tests (tests/e2e/editor.spec.ts). */
const NOT_A_SITE_PAGE = EDITOR_PATH.replaceAll('/', '');

/**
 * Every HTML file of the site's pages under dist, as paths relative to it
 * ("thu-tuc/1.001193/index.html"), sorted; the editors' web editor is not one of them.
 */
export function builtHtmlFiles(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first.`);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && dir === dist && entry.name === NOT_A_SITE_PAGE) continue;
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
  return procedureCodeOfPath(urlPath) !== undefined;
}

/**
 * Catalogue lists generated from data, hundreds of pages from a few templates like procedure
 * pages: a topic group's fields (nhom/<group>/), a field's procedures (nhom/<group>/<field>/), by
 * agency, tier, method and level, and the online-only list; each may run to …/trang-N/.
 */
const GENERATED_LIST =
  /^\/thu-tuc\/(nhom\/[^/]+(\/[^/]+)?|co-quan\/[^/]+|cap\/[^/]+|cach-nop\/[^/]+|muc-do\/[^/]+|chi-truc-tuyen)\/(trang-\d+\/)?$/;

export function isGeneratedListPage(urlPath: string): boolean {
  return GENERATED_LIST.test(urlPath);
}

/** An evenly spread sample of about `size` items, always including the first. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / Math.max(1, size)));
  return items.filter((_, index) => index % step === 0);
}

/**
 * Every page written by hand or from content, plus an evenly spread sample of each kind of page
 * generated from the catalogue: enough to cover each template with every shape of data, without
 * checking thousands of near-identical pages. `notable` pages (the worst cases found in the data,
 * see notableProcedures) are added when they are built and not already in the sample.
 */
export function sampleTemplatePages(
  urlPaths: readonly string[],
  sampleSize: number,
  notable: readonly string[] = [],
): string[] {
  const procedures = urlPaths.filter(isProcedurePage);
  const lists = urlPaths.filter(isGeneratedListPage);
  const others = urlPaths.filter((path) => !isProcedurePage(path) && !isGeneratedListPage(path));
  const sample = [...others, ...evenSample(lists, sampleSize), ...evenSample(procedures, sampleSize)];
  const built = new Set(urlPaths);
  const sampled = new Set(sample);
  return [...sample, ...new Set(notable.filter((path) => built.has(path) && !sampled.has(path)))];
}

/** Paths from the list that have no HTML file in dist. */
export function missingPages(dist: string, urlPaths: readonly string[]): string[] {
  return urlPaths.filter((path) => !existsSync(join(dist, htmlFileOf(path))));
}

/**
 * Path segments that are words of a route, not values: the catalogue's list routes and the
 * handouts. Every other segment after the first is a value (a slug, a code).
 */
const ROUTE_WORDS = new Set(['nhom', 'co-quan', 'cap', 'cach-nop', 'muc-do', 'to-roi']);

/**
 * The kind of page a path is, as the shape of its route: "/huong-dan/*\/" for any guide,
 * "/thu-tuc/nhom/*\/*\/trang-N/" for a further page of a field's list. Pages at the top level
 * (section indexes, standalone pages, the 404 page) are each a kind of their own.
 */
export function pageKindOf(urlPath: string): string {
  const [first, ...rest] = urlPath.split('/').filter(Boolean);
  if (first === undefined) return '/';
  const shape = rest.map((segment) =>
    /^trang-\d+$/.test(segment) ? 'trang-N' : ROUTE_WORDS.has(segment) ? segment : '*',
  );
  return `/${[first, ...shape].join('/')}${urlPath.endsWith('/') ? '/' : ''}`;
}

/** The first page of each kind, in the order given: one of each template to look at. */
export function onePerKind(urlPaths: readonly string[]): string[] {
  const seen = new Set<string>();
  return urlPaths.filter((path) => {
    const kind = pageKindOf(path);
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** What the sampler needs to know of a procedure; `documents` arrives with the documents table. */
export interface ProcedureShape {
  code: string;
  name: string;
  methods: readonly unknown[];
  documents?: readonly unknown[] | undefined;
}

export interface NotableProcedure {
  code: string;
  /** Why it was picked, for test names and the screenshots' file names. */
  why: 'longest-name' | 'most-documents' | 'most-methods';
}

/** The item with the largest measure; the first one on a tie, none when every measure is 0. */
function largestBy<T>(items: readonly T[], measure: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestValue = 0;
  for (const item of items) {
    const value = measure(item);
    if (value > bestValue) [best, bestValue] = [item, value];
  }
  return best;
}

/**
 * Procedures whose data stretches the page template furthest, picked from the catalogue rather
 * than by hand so a new import brings its own worst cases: the longest names, the longest list of
 * documents (when the catalogue has documents), the most ways of submitting.
 */
export function notableProcedures(
  procedures: readonly ProcedureShape[],
  longestNames = 15,
): NotableProcedure[] {
  const picked = new Map<string, NotableProcedure['why']>();
  const byNameLength = [...procedures].sort(
    (a, b) => b.name.length - a.name.length || a.code.localeCompare(b.code),
  );
  for (const procedure of byNameLength.slice(0, longestNames)) picked.set(procedure.code, 'longest-name');
  const mostDocuments = largestBy(procedures, (procedure) => procedure.documents?.length ?? 0);
  if (mostDocuments && !picked.has(mostDocuments.code)) picked.set(mostDocuments.code, 'most-documents');
  const mostMethods = largestBy(procedures, (procedure) => procedure.methods.length);
  if (mostMethods && !picked.has(mostMethods.code)) picked.set(mostMethods.code, 'most-methods');
  return [...picked].map(([code, why]) => ({ code, why }));
}

/** The pages of the notable procedures of a catalogue file, with why each was picked. */
export function notableProcedurePages(catalogueFile: string): Array<NotableProcedure & { path: string }> {
  const { procedures } = readCatalogue(catalogueFile);
  return notableProcedures(procedures).map((notable) => ({ ...notable, path: procedurePath(notable.code) }));
}
