/**
 * The Content-Security-Policy really holds, in Chromium, on the site served by nginx with the
 * shipped headers (every page's own visit in the sweep also fails on any violation): the search
 * island works under it, a style the build did not hash is refused, and other sites cannot frame
 * the portal.
 */
import { expect, test, type Page } from '@playwright/test';
import { vi } from '../../src/i18n/vi';
import { siteUrl } from '../support/sites';

/** CSP violations and console errors the page reports from now on. */
async function watch(page: Page): Promise<() => string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return () => [...seen];
}

test('the search page works under the CSP: the island hydrates, fetches its index and answers', async ({ page }) => {
  const problems = await watch(page);
  const indexLoaded = page.waitForResponse((response) => /\/tra-cuu\/chi-muc-[0-9a-f]+\.json$/.test(response.url()));
  await page.goto('/tra-cuu/');
  await page.getByRole('search').getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('dang ky khai sinh');
  expect((await indexLoaded).ok()).toBe(true);
  const first = page.getByRole('region', { name: 'Kết quả' }).getByRole('link').first();
  await expect.poll(() => first.getAttribute('href')).toBe('/thu-tuc/1.001193/');
  expect(problems()).toEqual([]);
});

test('is enforced: a style the build did not hash is refused and reported', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0); }';
    document.head.append(style);
  });
  await expect.poll(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^console: CSP: style-src-elem blocked inline/)]));
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
});

test('stops other sites from showing the portal in a frame (frame-ancestors)', async ({ page }) => {
  // A page with no address of its own (about:blank) is, to the browser, another site.
  const problems = await watch(page);
  await page.setContent(`<iframe title="portal" src="${siteUrl()}/"></iframe>`);
  await expect
    .poll(problems)
    .toEqual(expect.arrayContaining([expect.stringMatching(/Framing '.*' violates .*frame-ancestors 'none'.*blocked/)]));
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  const heading = await frame?.evaluate(() => document.querySelector('h1')?.textContent ?? '');
  expect(heading).not.toContain(vi.home.title);
});
