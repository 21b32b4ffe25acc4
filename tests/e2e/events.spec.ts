/**
 * Life events as a citizen meets them: the index lists them all, an event page names the liên
 * thông procedure first and then each step's procedures, a procedure page links back to its
 * events. Their layout at 320 px and axe are checked by the sweep (sweep.spec.ts), which visits
 * every event page.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Every published event, from the folder the site is built from. */
const EVENT_COUNT = readdirSync('content/su-kien').filter(
  (name) => name.endsWith('.md') && !name.startsWith('_'),
).length;

test.describe('life events', () => {
  test('the index lists every event, each with its description and first procedures', async ({ page }) => {
    await page.goto('/su-kien/');
    await expect(page.getByRole('heading', { level: 1, name: 'Việc cần làm theo sự kiện' })).toBeVisible();
    const events = page.getByRole('main').getByRole('heading', { level: 2 });
    expect(await events.count()).toBeGreaterThanOrEqual(10);
    expect(await events.count()).toBe(EVENT_COUNT);
    await expect(page.getByRole('link', { name: 'Sinh con', exact: true })).toHaveAttribute(
      'href',
      '/su-kien/sinh-con/',
    );
    await expect(page.getByText('Các thủ tục đầu tiên:').first()).toBeVisible();
  });

  test('the birth event sends parents to the online liên thông, then lists birth registration', async ({ page }) => {
    await page.goto('/su-kien/sinh-con/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sinh con' })).toBeVisible();
    const main = page.getByRole('main');
    // The current way, online, before any catalogue record; the old paper records are not steps.
    await expect(main.getByText(/Con dưới 6 tuổi: làm một lần cả ba việc, qua mạng/)).toBeVisible();
    await expect(main.locator('a[href="/thu-tuc/2.000986/"]')).toHaveCount(0);
    await expect(main.locator('a[href^="/thu-tuc/"]').first()).toHaveAttribute('href', '/thu-tuc/1.001193/');
    // Birth registration on its own, with its code, ways to submit and documents in brief.
    const steps = main.getByRole('region', { name: 'Các bước' });
    const birth = page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true });
    await expect(steps.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toHaveAttribute(
      'href',
      '/thu-tuc/1.001193/',
    );
    // The step's item holds the procedure's; the innermost is the procedure's own.
    const item = steps.getByRole('listitem').filter({ has: birth }).last();
    await expect(item.getByText('1.001193', { exact: true })).toBeVisible();
    await expect(item.getByRole('listitem').filter({ hasText: 'Trực tuyến' })).toBeVisible();
    await expect(item.getByText('Giấy chứng sinh', { exact: true })).toBeVisible();
    await expect(item.getByText('Phí, lệ phí: Miễn phí')).toBeVisible();
    // Dates and sources, as on every article.
    await expect(page.getByText('Rà soát lại trước:')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nguồn thông tin' })).toBeVisible();
  });

  test('a procedure page says which events it belongs to, linking back', async ({ page }) => {
    await page.goto('/thu-tuc/1.001193/');
    const partOf = page.getByText('Thuộc sự kiện:');
    await expect(partOf).toBeVisible();
    await partOf.getByRole('link', { name: 'Sinh con' }).click();
    await expect(page).toHaveURL(/\/su-kien\/sinh-con\/$/);
  });

  test('the home page links to the events', async ({ page }) => {
    await page.goto('/');
    const section = page.getByRole('region', { name: 'Theo sự kiện trong đời' });
    await expect(section.getByRole('link', { name: 'Sinh con' })).toHaveAttribute(
      'href',
      '/su-kien/sinh-con/',
    );
    await expect(section.getByRole('link', { name: 'Tất cả sự kiện trong đời' })).toHaveAttribute(
      'href',
      '/su-kien/',
    );
  });

  test('printed, an event page keeps its steps and drops the navigation', async ({ page }) => {
    await page.goto('/su-kien/sinh-con/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Các bước' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('.site-header')).toBeHidden();
  });
});

test('an event beside a procedure whose record the editors warn about shows the warning', async ({ page }) => {
  await page.goto('/su-kien/ve-huu-bao-hiem-xa-hoi/');
  const pension = page.getByRole('main').getByText(/Tên bản ghi chỉ nói cán bộ xã/);
  await expect(pension).toBeVisible();
  await page.getByRole('link', { name: 'Xem lưu ý về dữ liệu' }).first().click();
  await expect(page).toHaveURL(/\/thu-tuc\/2\.000605\/#luu-y-du-lieu$/);
  await expect(page.getByRole('complementary', { name: 'Lưu ý về dữ liệu của thủ tục này' })).toBeVisible();
});
