/**
 * The sweep: each page the sampler picks (tests/support/built-pages.ts: every page written by hand
 * or from content, the generated pages picked by the shapes of their data, the fixture site's
 * named cases, and the search page with results) is visited once, and on that visit:
 * - axe finds no WCAG 2.0–2.2 A/AA violation or best-practice problem (tests/support/axe.ts);
 * - no CSP violation, no console error, no failed request (the site is served by nginx with the
 *   shipped headers, so the header CSP and the page's <meta> CSP both apply);
 * - at 390×844, a common phone, the page's heading starts within the first 250 px;
 * - at 320×640 (SC 1.4.10 Reflow), and again with text at 200% (SC 1.4.4) and the SC 1.4.12 text
 *   spacing, nothing scrolls sideways, reaches past the screen's edge or is cut off.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { layoutProblems, measureLayout } from '../../scripts/lib/layout/measure';
import { applyTextSpacing, setTextSize } from '../../scripts/lib/layout/reader-settings';
import { DESKTOP, PHONE, PHONE_SMALL, SEARCH_WITH_RESULTS, untilResults } from '../../scripts/lib/layout/views';
import { axeViolations } from '../support/axe';
import { fixtureSweepPages, sweepPages } from '../support/built-pages';
import { fixtureUrl } from '../support/sites';

/** The target: the heading a citizen came for is on the first screen, near its top. */
const HEADING_WITHIN_PX = 250;
const NOT_FOUND = '/trang-khong-co-that/';

interface Watched {
  page: Page;
  problems: string[];
}

const test = base.extend<object, { watched: Watched }>({
  watched: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      // Injected by the browser itself, so the page's own CSP does not block it.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
        );
      });
      const page = await context.newPage();
      const watched: Watched = { page, problems: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) =>
        watched.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
      );
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith(NOT_FOUND)) {
          watched.problems.push(`${response.status()} for ${response.url()}`);
        }
      });
      await use(watched);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

async function layoutNow(page: Page): Promise<string[]> {
  return layoutProblems(await measureLayout(page));
}

const visits = [
  ...sweepPages().map(({ path, shape }) => ({ url: path, label: `${path} (${shape})` })),
  ...[SEARCH_WITH_RESULTS, `${SEARCH_WITH_RESULTS}&cap=tinh&cach=truc-tuyen`, NOT_FOUND].map((path) => ({
    url: path,
    label: path,
  })),
  ...fixtureSweepPages().map(({ path, shape }) => ({ url: `${fixtureUrl()}${path}`, label: `fixture ${path} (${shape})` })),
];

for (const { url, label } of visits) {
  test(`${label}: axe, no CSP violation or console error, heading on the first screen, fits 320 px`, async ({
    watched,
  }) => {
    const { page } = watched;
    watched.problems = [];
    await page.setViewportSize(DESKTOP);
    await page.goto(url);
    await untilResults(page);
    expect.soft(await axeViolations(page), 'axe').toEqual([]);
    // The 404 page's own status is the one error a browser logs there, and it is expected.
    const logged = watched.problems.filter((problem) => !(url.endsWith(NOT_FOUND) && /404/.test(problem)));
    expect.soft(logged, 'CSP violations, console errors, failed requests').toEqual([]);

    await page.setViewportSize(PHONE);
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect.soft(heading?.y, `top of the <h1> at ${PHONE.width}×${PHONE.height}`).toBeLessThanOrEqual(HEADING_WITHIN_PX);

    await page.setViewportSize(PHONE_SMALL);
    expect.soft(await layoutNow(page), '320×640').toEqual([]);
    await setTextSize(page, 200);
    await applyTextSpacing(page);
    expect.soft(await layoutNow(page), '320×640, text 200% and WCAG 1.4.12 spacing').toEqual([]);
  });
}
