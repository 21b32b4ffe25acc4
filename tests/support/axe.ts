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
  // Only violations are read: axe then skips describing every passing node (a fifth faster). Legacy
  // mode runs axe in the page itself instead of opening a blank page to gather the results (two to
  // three times faster: 0.35–0.65 s a page against 0.75–1.4 s); it only gives up testing frames
  // from other origins, and the site has none.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
