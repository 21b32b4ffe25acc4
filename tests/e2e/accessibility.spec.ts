/**
 * Every kind of page (the sampler in tests/support/built-pages.ts: every hand-made page, a spread of
 * generated catalogue pages, and the procedures with the longest names, the most documents and the
 * most ways of submitting), and the search page with results, as readers meet it:
 * - axe finds no WCAG 2.0–2.2 A/AA violation or best-practice problem (desktop; tests/support/axe.ts);
 * - at 390×844, a common phone, the page's heading starts within the first 250 px;
 * - at 320×640 (SC 1.4.10 Reflow), with text at 200% (SC 1.4.4) and with the SC 1.4.12 text
 *   spacing, nothing scrolls sideways, reaches past the screen's edge or is cut off.
 * One browser page per worker loads each address once for all of these checks.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { layoutProblems, measureLayout } from '../../scripts/lib/layout/measure';
import { applyTextSpacing, setTextSize } from '../../scripts/lib/layout/reader-settings';
import {
  DESKTOP,
  PHONE,
  PHONE_SMALL,
  SEARCH_WITH_RESULTS,
  untilResults,
} from '../../scripts/lib/layout/views';
import { axeViolations } from '../support/axe';
import { pagesToAudit } from '../support/built-pages';

/** The target: the heading a citizen came for is on the first screen, near its top. */
const HEADING_WITHIN_PX = 250;

const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

async function problemsNow(page: Page): Promise<string[]> {
  return layoutProblems(await measureLayout(page));
}

/** The search page as it is used: with results, and with results and the filters open. */
const SEARCHES = [SEARCH_WITH_RESULTS, `${SEARCH_WITH_RESULTS}&cap=tinh&cach=truc-tuyen`];

for (const path of [...pagesToAudit(), ...SEARCHES]) {
  test(`${path}: no axe violation, heading on the first screen, fits 320 px at 200% text and wide spacing`, async ({
    sharedPage: page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(path);
    await untilResults(page);
    expect.soft(await axeViolations(page), 'axe').toEqual([]);

    await setTextSize(page, 200);
    expect.soft(await problemsNow(page), 'desktop, text 200%').toEqual([]);
    await setTextSize(page, 100);

    await page.setViewportSize(PHONE);
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect
      .soft(heading?.y, `top of the <h1> at ${PHONE.width}×${PHONE.height}`)
      .toBeLessThanOrEqual(HEADING_WITHIN_PX);

    await page.setViewportSize(PHONE_SMALL);
    expect.soft(await problemsNow(page), '320×640').toEqual([]);
    await setTextSize(page, 200);
    expect.soft(await problemsNow(page), '320×640, text 200%').toEqual([]);
    await setTextSize(page, 100);
    await applyTextSpacing(page);
    expect.soft(await problemsNow(page), '320×640, WCAG 1.4.12 text spacing').toEqual([]);
  });
}
