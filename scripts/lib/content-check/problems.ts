/** The checker prints problems the way the build does: one definition for both. */
export {
  countBySeverity,
  formatProblem,
  type Problem,
  type Severity,
} from '../../../src/lib/content/problems';
