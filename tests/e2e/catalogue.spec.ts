import { expect, test, type Page } from '@playwright/test';

const BIRTH = 'Thủ tục đăng ký khai sinh';

/** Follows "Trang sau" through a paginated list until the link is on the page. */
async function findOnPagedList(page: Page, name: string): Promise<void> {
  for (let turn = 0; turn < 60; turn += 1) {
    const link = page.getByRole('main').getByRole('link', { name, exact: true });
    if ((await link.count()) > 0) {
      await link.click();
      return;
    }
    // Wait for the next page itself: a click returns before the browser has left this one.
    const current = page.url();
    await page
      .getByRole('navigation', { name: 'Phân trang' })
      .getByRole('link', { name: 'Trang sau' })
      .click();
    await page.waitForURL((address) => address.href !== current);
  }
  throw new Error(`"${name}" not found in the list`);
}

test.describe('a citizen finds "Thủ tục đăng ký khai sinh" without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('by topic: Tư pháp → Hộ tịch', async ({ page }) => {
    await page.goto('/thu-tuc/');
    await page.getByRole('link', { name: 'Tư pháp - Hộ tịch' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Hộ tịch', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hộ tịch');
    await findOnPagedList(page, BIRTH);
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BIRTH);
  });

  test('by method: nộp trực tuyến', async ({ page }) => {
    await page.goto('/thu-tuc/');
    await page.getByRole('link', { name: 'Thủ tục nộp được trực tuyến' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục nộp được trực tuyến');
    await findOnPagedList(page, BIRTH);
    await expect(page).toHaveURL(/\/thu-tuc\/1\.001193\/$/);
  });
});

test.describe('a procedure page', () => {
  test('says how to submit, how long it takes and what it costs, before the button', async ({ page }) => {
    await page.goto('/thu-tuc/1.001193/');
    const main = page.getByRole('main');
    await expect(main.getByText('Mã thủ tục: 1.001193')).toBeVisible();

    const before = main.getByRole('region', { name: 'Trước khi bắt đầu' });
    await expect(before.getByRole('term')).toHaveText([
      'Ai được làm',
      'Thời gian giải quyết',
      'Phí, lệ phí',
      'Nơi nộp hồ sơ',
    ]);
    await expect(before.getByRole('definition').nth(2)).toContainText('Miễn phí');

    const table = main.getByRole('table', { name: 'Thời gian và phí, lệ phí theo từng cách nộp' });
    await expect(table.getByRole('rowheader')).toHaveText(['Trực tuyến', 'Bưu chính', 'Trực tiếp']);
    for (const row of await table
      .getByRole('row')
      .all()
      .then((rows) => rows.slice(1))) {
      await expect(row.getByRole('cell').nth(1)).toHaveText('Miễn phí');
    }

    const start = main.getByRole('link', { name: 'Làm thủ tục này trên Cổng Dịch vụ công quốc gia' });
    await expect(start).toHaveAttribute('href', /^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
    // "Before you start" comes before the action in reading order.
    const beforeBox = await before.boundingBox();
    const startBox = await start.boundingBox();
    expect(beforeBox!.y).toBeLessThan(startBox!.y);

    await expect(main.getByRole('complementary', { name: 'Nộp qua bưu điện' })).toBeVisible();
    await expect(main.getByText(/Dữ liệu cập nhật ngày/)).toContainText(
      'Cơ sở dữ liệu quốc gia về thủ tục hành chính',
    );
  });

  test('describes itself to search engines as a GovernmentService', async ({ page }) => {
    await page.goto('/thu-tuc/1.001193/');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data).toMatchObject({ '@type': 'GovernmentService', identifier: '1.001193', name: BIRTH });
  });
});

test.describe('a wide table on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('scrolls in its own named box, by keyboard too, and never moves the page', async ({ page }) => {
    await page.goto('/thu-tuc/3.000242/');
    const box = page.getByRole('region', { name: 'Thời gian và phí, lệ phí theo từng cách nộp' });
    await expect(box.getByRole('table')).toBeVisible();
    const scroll = () => box.evaluate((element) => element.scrollLeft);
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);

    await box.focus();
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(scroll).toBeGreaterThan(0);
    expect(await page.evaluate(() => [window.scrollX, document.documentElement.scrollWidth])).toEqual([
      0, 320,
    ]);
    // The caption stays in place, within the box, while the table scrolls under it.
    const caption = await box.getByText('Thời gian và phí, lệ phí theo từng cách nộp').boundingBox();
    const frame = await box.boundingBox();
    expect(caption?.x).toBe(frame?.x);
    expect(caption?.width).toBeLessThanOrEqual(frame?.width ?? 0);
  });
});

test.describe('statistics', () => {
  test('every chart has a data table with the same numbers', async ({ page }) => {
    await page.goto('/thong-ke/');
    for (const name of [
      'Số thủ tục theo cách nộp hồ sơ',
      'Số thủ tục theo cấp giải quyết',
      'Số thủ tục theo lĩnh vực',
    ]) {
      const figure = page.getByRole('figure', { name });
      const table = figure.getByRole('table');
      await expect(table).toBeVisible();
      // The picture is hidden from screen readers, so its labels and numbers must be the table's.
      const pictured = await figure
        .locator('svg g')
        .evaluateAll((groups) =>
          groups.map((group) =>
            [...group.querySelectorAll('text')].map((text) => text.textContent?.trim() ?? '').join(' '),
          ),
        );
      const tabled = await table.locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')]
            .slice(0, 2)
            .map((cell) => cell.textContent?.trim() ?? '')
            .join(' '),
        ),
      );
      expect(pictured.length, name).toBeGreaterThan(0);
      expect(pictured, name).toEqual(tabled);
    }
    await expect(page.getByRole('blockquote')).toContainText('795 dịch vụ công trực tuyến mức độ 3');
  });
});
