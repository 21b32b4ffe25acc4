/**
 * The site on a phone that loses its connection (issue 22): pages read at home open again with no
 * signal, saying they are the saved copy; the search still answers; a page never opened gives the
 * offline page listing what is saved; "Lưu để xem khi mất mạng" saves an event's procedures; and a
 * new deploy takes over after one reload, with its own index, the old one dropped.
 *
 * Every other browser test blocks the service worker (playwright.config.ts): they check pages as a
 * first visit shows them. Here it runs.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  CHANGED_MARK,
  CHANGED_PROCEDURE,
  DEPLOYS_DIR,
  searchIndexName,
  useDeploy,
} from '../../scripts/lib/fixture-site/deploys';
import { PRECACHE_BUDGET_BYTES } from '../../src/lib/offline/policy';
import { axeViolations } from '../support/axe';
import { deployUrl } from '../support/sites';

test.use({ serviceWorkers: 'allow' });

const SAVED_NOTICE = /^Bạn đang xem bản đã lưu ngày \d{2}\/\d{2}\/\d{4}/;
const BIRTH = '/thu-tuc/1.001193/';

/** Waits until the worker is installed and controls the page (it claims open pages at once). */
async function workerInCharge(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Every address the site's caches hold on this phone. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
    return keys.flat().map((request) => request.url);
  });
}

/** Bytes stored when the worker was installed: its precache and the stylesheets. */
function installedBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    for (const name of await caches.keys()) {
      if (!name.includes('precache') && !name.includes('-tep-')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) total += (await (await cache.match(request))?.blob())?.size ?? 0;
    }
    return total;
  });
}

function firstResult(page: Page) {
  return page.getByRole('region', { name: 'Kết quả' }).getByRole('list').first().getByRole('link').first();
}

test('pages read at home open again with no signal, the search still answers, and a page never opened lists the saved ones', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await workerInCharge(page);
  const stored = await installedBytes(page);
  test.info().annotations.push({ type: 'precache', description: `${stored} bytes stored on install` });
  console.log(`Stored on install: ${(stored / 1000).toFixed(1)} kB (budget ${PRECACHE_BUDGET_BYTES / 1000} kB).`);
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  await page.goto(BIRTH);
  await page.goto('/tra-cuu/');

  await context.setOffline(true);
  for (const [path, heading] of [
    ['/', 'Làm thủ tục hành chính dễ hơn, nhanh hơn'],
    [BIRTH, 'Thủ tục đăng ký khai sinh'],
    ['/tra-cuu/', 'Tra cứu thủ tục'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading);
    await expect(page.getByRole('main').getByText(SAVED_NOTICE), path).toBeVisible();
  }

  await page.getByRole('search').getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('dang ky khai sinh');
  await expect(firstResult(page)).toHaveAttribute('href', BIRTH);

  await page.goto('/huong-dan/theo-doi-ho-so/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có kết nối mạng');
  const saved = page.getByRole('region', { name: 'Các trang đã lưu trên máy này' });
  for (const [name, href] of [
    ['Thủ tục đăng ký khai sinh', BIRTH],
    ['Dịch vụ công trực tuyến Tiền Giang', '/'],
  ] as const) {
    await expect(saved.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(saved.getByRole('link', { name: 'Tra cứu thủ tục', exact: true })).toHaveAttribute('href', '/tra-cuu/');
  await expect(saved.getByRole('listitem').first()).toContainText(/\(lưu ngày \d{2}\/\d{2}\/\d{4}\)/);
  await expect(saved.getByText('Chưa có trang nào được lưu')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('“Lưu để xem khi mất mạng” on an event saves the procedures it names, to open with no signal', async ({
  page,
  context,
}) => {
  await page.goto('/su-kien/ket-hon/');
  await workerInCharge(page);
  const procedure = page.getByRole('main').locator('a[href^="/thu-tuc/"]').first();
  const path = (await procedure.getAttribute('href')) ?? '';
  const name = (await procedure.textContent())?.trim() ?? '';
  await page.getByRole('button', { name: 'Lưu để xem khi mất mạng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toHaveText(
    /^Đã lưu trang này và [1-9]\d* trang thủ tục\./,
  );

  await context.setOffline(true);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('main').getByText(SAVED_NOTICE)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the save button is not offered', async ({ page }) => {
    await page.goto(BIRTH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu để xem khi mất mạng' })).toHaveCount(0);
  });
});

test('a new deploy takes over after one reload: its page, its index, the old index dropped', async ({
  page,
  context,
}) => {
  const site = deployUrl();
  const firstIndex = searchIndexName(join(DEPLOYS_DIR, 'first'));
  const secondIndex = searchIndexName(join(DEPLOYS_DIR, 'second'));
  const procedure = `${site}/thu-tuc/${CHANGED_PROCEDURE}/`;
  useDeploy('first');
  try {
    await page.goto(procedure);
    await workerInCharge(page);
    await page.reload();
    expect((await cachedUrls(page)).some((url) => url.includes(firstIndex))).toBe(true);

    useDeploy('second');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CHANGED_MARK);
    // The new worker installs its files, takes over and deletes the old ones: on a busy machine
    // that takes seconds.
    await expect
      .poll(
        async () => {
          const urls = await cachedUrls(page);
          return { second: urls.some((url) => url.includes(secondIndex)), first: urls.some((url) => url.includes(firstIndex)) };
        },
        { timeout: 30_000 },
      )
      .toEqual({ second: true, first: false });

    await context.setOffline(true);
    await page.goto(`${site}/tra-cuu/?q=dang+ky+khai+sinh`);
    await expect(firstResult(page)).toHaveAttribute('href', `/thu-tuc/${CHANGED_PROCEDURE}/`);
    await page.goto(procedure);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CHANGED_MARK);
  } finally {
    useDeploy('first');
  }
});

test('the browser finds the site installable: manifest, icons and worker as it requires', async ({ page }) => {
  await page.goto('/');
  await workerInCharge(page);
  // Lighthouse 12 dropped its installability audit; it asked Chromium this same question.
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser's context is always private ("in-incognito"): no fault of the site, and the
  // only complaint allowed.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
