/**
 * The Content-Security-Policy in a real browser: every page served by nginx (Astro's <meta> CSP
 * with hashes plus the server's header) loads in Chromium without a single violation, and the
 * policy is really enforced.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { vi } from '../../src/i18n/vi';
import { pagesToAudit } from '../support/built-pages';

const site = inject('siteUrl');
const otherSite = inject('fixtureUrl');
const NOT_FOUND = '/trang-khong-co-that/';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  /** CSP violations and console errors seen so far. */
  problems: () => Promise<string[]>;
}

/** A new page that records CSP violations (as the browser reports them) and console errors. */
async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  // Injected by the browser itself, so the page's own CSP does not block it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
    );
  });
  return {
    page,
    problems: async () => [
      ...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations)) ??
        []),
      ...consoleErrors,
    ],
  };
}

describe('the Content-Security-Policy', () => {
  it.each([...pagesToAudit(), NOT_FOUND])(
    '%s loads with no CSP violation and no console error',
    async (path) => {
      const { page, problems } = await watchedPage();
      await page.goto(`${site}${path}`, { waitUntil: 'load' });
      const meta = page.locator('meta[http-equiv="content-security-policy"]');
      await expect(meta.getAttribute('content')).resolves.toMatch(
        /script-src 'self'.*style-src 'self' 'sha256-/,
      );
      // The browser logs the 404 status of the 404 page itself; that one is expected.
      const expected = path === NOT_FOUND ? /status of 404 \(Not Found\)$/ : /^$/;
      expect((await problems()).filter((problem) => !expected.test(problem))).toEqual([]);
      await page.close();
    },
  );

  it('the search page works under the CSP: the island hydrates, fetches its index and answers', async () => {
    const { page, problems } = await watchedPage();
    const indexLoaded = page.waitForResponse((response) =>
      /\/tra-cuu\/chi-muc-[0-9a-f]+\.json$/.test(response.url()),
    );
    await page.goto(`${site}/tra-cuu/`, { waitUntil: 'networkidle' });
    expect((await indexLoaded).ok()).toBe(true);
    await page
      .getByRole('search')
      .getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' })
      .fill('dang ky khai sinh');
    const first = page.getByRole('region', { name: 'Kết quả' }).getByRole('link').first();
    await expect.poll(() => first.getAttribute('href')).toBe('/thu-tuc/1.001193/');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('is enforced: a style the build did not hash is refused and reported', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site}/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(255, 0, 0); }';
      document.head.append(style);
    });
    await expect
      .poll(problems)
      .toEqual(expect.arrayContaining([expect.stringMatching(/^CSP: style-src-elem blocked inline/)]));
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('stops other sites from showing the portal in a frame (frame-ancestors)', async () => {
    // The fixture server is on another port: to the browser, another site.
    const { page, problems } = await watchedPage();
    await page.goto(`${otherSite}/`);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'portal';
      document.body.append(frame);
    }, `${site}/`);
    await expect
      .poll(problems)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Framing '.*' violates .*frame-ancestors 'none'.*blocked/),
        ]),
      );
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    // Chromium shows its own "127.0.0.1 is blocked" page in the frame instead of the portal.
    const heading = await frame?.evaluate(() => document.querySelector('h1')?.textContent ?? '');
    expect(heading).not.toContain(vi.home.title);
    await page.close();
  });
});
