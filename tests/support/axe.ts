/**
 * The accessibility rules every browser test checks against, in one place: WCAG 2.0, 2.1 and 2.2
 * at levels A and AA (the portal commits to 2.1 AA; 2.2's new AA rules, such as target size, cost
 * nothing to keep), plus axe's best practices.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Each violation as "rule: help (elements)", so a failure says what to fix and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
