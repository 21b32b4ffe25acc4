/** The checker prints problems the way the build does: one definition for both. */
export { countBySeverity, type Problem, type Severity } from '../../../src/lib/content/problems';
export { formatProblem } from '../../../src/i18n/frontmatter';
