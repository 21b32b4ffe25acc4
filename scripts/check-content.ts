/**
 * Checks every page under content/ before it is published, and says in Vietnamese what to fix:
 *
 *   npm run check            (the project's own content/)
 *   npm run check -- <root>  (another folder holding a content/ folder, e.g. a test fixture)
 *
 * Errors (wrong front matter, raw HTML, broken links, vague link text, template words left in…)
 * exit with 1; warnings (a review date that has passed…) are printed but do not stop publishing.
 * The build runs the very same checks (scripts/lib/content-check/content-gate.ts).
 */
import { resolve } from 'node:path';
import { vi } from '../src/i18n/vi';
import { countBySeverity, formatProblem } from './lib/content-check/problems';
import { checkContent } from './lib/content-check/run';

const { problems, files } = checkContent(resolve(process.argv[2] ?? '.'));
for (const problem of problems) console.log(formatProblem(problem));
const counts = countBySeverity(problems);
console.log(vi.contentCheck.summary(files, counts.error, counts.warning));
if (counts.error > 0) {
  console.log(vi.contentCheck.fixErrors);
  process.exitCode = 1;
}
