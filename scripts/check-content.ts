/**
 * Checks every page under content/ before it is published, and says in Vietnamese what to fix:
 *
 *   npm run check            (the project's own content/)
 *   npm run check -- <root>  (another folder holding a content/ folder, e.g. a test fixture)
 *
 * Errors (wrong front matter, broken links, vague link text, template words left in) exit with 1;
 * warnings (a review date that has passed) are printed but do not stop publishing.
 */
import { resolve } from 'node:path';
import { site as siteConfig } from '../src/config/site';
import { vi } from '../src/i18n/vi';
import { checkFile, publishedPaths } from './lib/content-check/checks';
import { readContentFiles } from './lib/content-check/content-files';
import { countBySeverity, formatProblem } from './lib/content-check/problems';
import { checkEvents } from './lib/content-check/events';
import { siteMap } from './lib/content-check/site-map';
import { checkTopTasks } from './lib/content-check/top-tasks';
import { checkProcedureNotes } from './lib/content-check/procedure-notes';

const root = resolve(process.argv[2] ?? '.');

// Read every published Markdown file, and learn which pages the site will have.
const files = readContentFiles(root);
const site = siteMap(root, publishedPaths(files));

// Check each file: front matter, template words, links and pictures (none to a closed address),
// review date; then the life events together (codes, shared words, addresses, and whether each
// procedure's record serves its step), the editors' summaries and record warnings (codes, file
// names, summaries older than the data) and the home page's list of top tasks.
const problems = [
  ...files.flatMap((content) => checkFile(content, site, new Date(), siteConfig.closedHosts)),
  ...checkEvents(files, site.procedureCodes, site.procedures),
  ...checkProcedureNotes(files, site),
  ...checkTopTasks(root, site.procedureCodes),
];

// Report, errors first, and fail when there is an error.
const ordered = [
  ...problems.filter((p) => p.severity === 'error'),
  ...problems.filter((p) => p.severity === 'warning'),
];
for (const problem of ordered) console.log(formatProblem(problem));
const counts = countBySeverity(problems);
// The Markdown files and the top-task list.
const checked = files.length + 1;
console.log(vi.contentCheck.summary(checked, counts.error, counts.warning));
if (counts.error > 0) {
  console.log(vi.contentCheck.fixErrors);
  process.exitCode = 1;
}
