/**
 * Every check on content/, in one list with two callers: `npm run check` prints them, and the
 * build (content-gate.ts) stops on any error, so nothing the checker refuses is ever published.
 */
import { site as siteConfig } from '../../../src/config/site';
import { checkEvents } from './events';
import { checkFile, publishedPaths } from './checks';
import { duplicateAddressProblems } from './addresses';
import { readContentFiles } from './content-files';
import { checkProcedureNotes } from './procedure-notes';
import type { Problem } from './problems';
import { siteMap } from './site-map';
import { checkTopTasks } from './top-tasks';

export interface ContentCheck {
  problems: Problem[];
  /** How many files were checked: the Markdown files and the top-task list. */
  files: number;
}

export function checkContent(root: string, today: Date = new Date()): ContentCheck {
  // Read every published Markdown file, and learn which pages the site will have.
  const files = readContentFiles(root);
  const site = siteMap(root, publishedPaths(files));
  // Each file: size, front matter, markup, template words, links and pictures (none to a closed
  // address), review date; then files together (two at one address), the life events (codes,
  // shared words, and whether each procedure's record serves its step), the editors' summaries and
  // record warnings, and the home page's list of top tasks.
  const problems = [
    ...files.flatMap((content) => checkFile(content, site, today, siteConfig.closedHosts)),
    ...duplicateAddressProblems(files),
    ...checkEvents(files, site.procedureCodes, site.procedures),
    ...checkProcedureNotes(files, site),
    ...checkTopTasks(root, site.procedureCodes),
  ];
  // Errors first, in file order.
  return {
    problems: [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')],
    files: files.length + 1,
  };
}
