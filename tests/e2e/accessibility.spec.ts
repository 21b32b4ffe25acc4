import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesToAudit } from '../support/built-pages';

/** WCAG 2.1 A and AA, the level the portal commits to, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

for (const path of pagesToAudit()) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(summary, `Accessibility violations on ${path}`).toEqual([]);
  });
}
