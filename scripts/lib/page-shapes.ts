/**
 * The pages the browser sweep visits: every page written by hand or from content, and of the
 * thousands generated from the catalogue, one page for each shape of data the templates must
 * handle, picked from the data (so a new import brings its own worst cases), not an even spread:
 * the longest name, the most documents, no documents, documents as text only, each mix of ways to
 * submit, a liên thông procedure, a procedure with an editors' summary or warning, each kind of
 * fee, a postal method that still needs a visit, the heaviest record; and of the lists, the first
 * page of each kind, the longest list's last page and the longest agency name.
 */
import type { Procedure } from '../../src/lib/catalogue/schema';
import { procedureFee } from '../../src/lib/catalogue/fees';
import { methodKinds } from '../../src/lib/catalogue/methods';
import { presenceDuties } from '../../src/lib/catalogue/presence';
import { procedurePath } from '../../src/lib/navigation';
import { isGeneratedListPage, isProcedurePage } from './built-site';

export interface ShapedPage {
  path: string;
  /** The shape it stands for, for test names. */
  shape: string;
}

/** The first procedure (in catalogue order) that `test` picks, or the one `measure` makes largest. */
function firstWhere(procedures: readonly Procedure[], test: (p: Procedure) => boolean): Procedure | undefined {
  return procedures.find(test);
}

function largest(procedures: readonly Procedure[], measure: (p: Procedure) => number): Procedure | undefined {
  let best: Procedure | undefined;
  let value = 0;
  for (const procedure of procedures) {
    const m = measure(procedure);
    if (m > value) [best, value] = [procedure, m];
  }
  return best;
}

/** One procedure page per shape of data; `editorCodes` are the codes with a summary or a warning. */
export function procedureShapes(
  procedures: readonly Procedure[],
  editorCodes: { summaries: ReadonlySet<string>; recordNotes: ReadonlySet<string> },
  today: string,
): ShapedPage[] {
  const picks: [string, Procedure | undefined][] = [
    ['longest name', largest(procedures, (p) => p.name.length)],
    ['most documents', largest(procedures, (p) => p.documents?.length ?? 0)],
    ['heaviest record', largest(procedures, (p) => JSON.stringify(p).length)],
    ['most legal basis', largest(procedures, (p) => p.legalBasis?.length ?? 0)],
    ['no documents at all', firstWhere(procedures, (p) => !p.documents && !p.documentsText)],
    ['documents as text only', firstWhere(procedures, (p) => !p.documents && p.documentsText !== undefined)],
    ['liên thông', firstWhere(procedures, (p) => /liên thông/i.test(p.name))],
    ['an editors’ summary', firstWhere(procedures, (p) => editorCodes.summaries.has(p.code))],
    ['an editors’ warning', firstWhere(procedures, (p) => editorCodes.recordNotes.has(p.code))],
    ['a postal method that still needs a visit', firstWhere(procedures, (p) => methodKinds(p).includes('buu-chinh') && presenceDuties(p).length > 0)],
    ['a time with no unit', firstWhere(procedures, (p) => p.methods.some((m) => m.time?.value !== undefined && !m.time.unit))],
  ];
  for (const kind of ['free', 'amounts', 'see-note', 'unknown'] as const) {
    picks.push([`fee: ${kind}`, firstWhere(procedures, (p) => procedureFee(p.methods, today).kind === kind)]);
  }
  picks.push([
    'fee: a lapsed rate',
    firstWhere(procedures, (p) => {
      const verdict = procedureFee(p.methods, today);
      return verdict.kind === 'amounts' && verdict.groups.some((g) => g.amounts.some((a) => a.status === 'lapsed'));
    }),
  ]);
  // Each mix of ways to submit the data has (online only, post and office, …).
  const mixes = new Map<string, Procedure>();
  for (const procedure of procedures) {
    const mix = methodKinds(procedure).join('+') || 'none';
    if (!mixes.has(mix)) mixes.set(mix, procedure);
  }
  for (const [mix, procedure] of mixes) picks.push([`ways: ${mix}`, procedure]);
  const seen = new Set<string>();
  return picks.flatMap(([shape, procedure]) => {
    if (!procedure || seen.has(procedure.code)) return [];
    seen.add(procedure.code);
    return [{ path: procedurePath(procedure.code), shape }];
  });
}

/** The route of a list page without its page number: "/thu-tuc/cap/tinh/trang-3/" → "/thu-tuc/cap/tinh/". */
function listOf(path: string): string {
  return path.replace(/trang-\d+\/$/, '');
}

/** List pages by shape: the first page of each kind of list, the longest list's last page, the longest address. */
/** The template a list page is made with: a group's fields and a field's procedures differ. */
function listKind(path: string): string {
  const [, , kind = path, group, field] = path.replace(/trang-\d+\/$/, '').split('/');
  return kind === 'nhom' && group && !field ? 'nhom (a group’s fields)' : kind;
}

export function listShapes(urlPaths: readonly string[]): ShapedPage[] {
  const lists = urlPaths.filter(isGeneratedListPage);
  const firstOfKind = new Map<string, string>();
  for (const path of lists) {
    const kind = listKind(path);
    if (!firstOfKind.has(kind) && !/trang-\d+\/$/.test(path)) firstOfKind.set(kind, path);
  }
  const pagesOf = new Map<string, string[]>();
  for (const path of lists) pagesOf.set(listOf(path), [...(pagesOf.get(listOf(path)) ?? []), path]);
  const longest = [...pagesOf.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const longestAddress = [...lists].sort((a, b) => b.length - a.length)[0];
  const picks: ShapedPage[] = [
    ...[...firstOfKind].map(([kind, path]) => ({ path, shape: `first page of a list by ${kind}` })),
    ...(longest.length > 1 ? [{ path: longest.at(-1) ?? '', shape: 'the last page of the longest list' }] : []),
    ...(longestAddress ? [{ path: longestAddress, shape: 'the longest list address (agency name)' }] : []),
  ];
  const seen = new Set<string>();
  return picks.filter((pick) => pick.path && !seen.has(pick.path) && seen.add(pick.path));
}

/** Every page that is neither a procedure page nor a generated list: each one is written once. */
export function handMadePages(urlPaths: readonly string[]): ShapedPage[] {
  return urlPaths
    .filter((path) => !isProcedurePage(path) && !isGeneratedListPage(path))
    .map((path) => ({ path, shape: 'a page of its own' }));
}
