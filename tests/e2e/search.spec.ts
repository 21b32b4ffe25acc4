/**
 * /tra-cuu/ as a citizen uses it: typing the way people type, filters kept in the address, the
 * page without JavaScript, odd input, and accessibility with results on screen.
 * Expects the real catalogue (content/catalogue/services.json after the import).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

function searchBox(page: Page) {
  return page.getByRole('search').getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' });
}

function results(page: Page) {
  return page.getByRole('region', { name: 'Kết quả' }).getByRole('list').first();
}

/** The control the filters fold behind: a <summary>, which has no ARIA role to find it by. */
function filtersToggle(page: Page) {
  return page.locator('summary', { hasText: 'Lọc kết quả' });
}

/** Opens the page and waits until the island has hydrated and loaded the index. */
async function openSearch(page: Page, address = '/tra-cuu/') {
  const indexLoaded = page.waitForResponse((response) =>
    /\/tra-cuu\/chi-muc-[0-9a-f]+\.json$/.test(response.url()),
  );
  await page.goto(address);
  expect((await indexLoaded).ok()).toBe(true);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

test.describe('search page', () => {
  test('finds a procedure typed without diacritics, with a typo, by code, and the act before its undoing', async ({
    page,
  }) => {
    await openSearch(page);
    for (const query of ['dang ky khai sinh', 'kahi sinh', '1001193', '1.001193.000.00.00.H58']) {
      await searchBox(page).fill(query);
      const first = results(page).getByRole('link').first();
      await expect(first, query).toHaveAttribute('href', '/thu-tuc/1.001193/');
      await expect(first).toContainText('Thủ tục đăng ký khai sinh');
    }
    // The plain act comes before its undoing, unless the citizen typed the undoing verb (issue 24).
    for (const [query, code, name] of [
      ['dang ky phuong tien vui choi duoi nuoc', '2.001215', 'Đăng ký phương tiện hoạt động vui chơi'],
      ['xoa dang ky thuong tru', '1.003197', 'Xóa đăng ký thường trú'],
    ] as const) {
      await searchBox(page).fill(query);
      const first = results(page).getByRole('link').first();
      await expect(first, query).toHaveAttribute('href', `/thu-tuc/${code}/`);
      await expect(first).toContainText(name);
    }
  });

  test('marks the matched words, shows code and methods in words, and announces the count', async ({
    page,
  }) => {
    await openSearch(page);
    await searchBox(page).fill('ly lich tu phap');
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', '/thu-tuc/3.000333/');
    await expect(first.locator('mark').first()).toHaveText('Lý lịch tư pháp');
    await expect(first).toContainText('Mã thủ tục: 3.000333');
    await expect(first.getByRole('list', { name: 'Cách nộp hồ sơ' })).toContainText('Nộp trực tuyến');
    await expect(page.getByRole('status')).toHaveText(/^Tìm thấy \d+ kết quả cho “ly lich tu phap”\.$/);
  });

  test('shows the common tasks for an empty query and suggestions when nothing is found', async ({
    page,
  }) => {
    await openSearch(page);
    await expect(page.getByText('Ô tìm kiếm cần trình duyệt bật')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Người dân thường cần' })).toBeVisible();
    await searchBox(page).fill('qqqqzzzz');
    await expect(page.getByText('Không tìm thấy kết quả nào cho “qqqqzzzz”.')).toBeVisible();
    await expect(page.getByText('Bạn có thể thử:')).toBeVisible();
    await searchBox(page).fill('');
    await expect(page.getByRole('heading', { name: 'Người dân thường cần' })).toBeVisible();
  });

  test('keeps query and filters in the address: shareable, reloadable, and Back restores them', async ({
    page,
  }) => {
    await openSearch(page);
    await searchBox(page).fill('khai sinh');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/tra-cuu\/\?q=khai\+sinh$/);

    const tier = page.getByRole('combobox', { name: 'Cấp thực hiện' });
    await filtersToggle(page).click();
    await tier.selectOption({ label: 'Cấp tỉnh' });
    await expect(page).toHaveURL(/\?q=khai\+sinh&cap=tinh$/);
    const method = page.getByRole('combobox', { name: 'Cách nộp' });
    await method.selectOption({ label: 'Nộp trực tuyến' });
    await expect(page).toHaveURL(/\?q=khai\+sinh&cap=tinh&cach=truc-tuyen$/);
    // The count names both filters once the list shows their results; only then is it counted.
    await expect(page.getByText(/cho “khai sinh”\. Đang lọc: Cấp tỉnh, Nộp trực tuyến\.$/)).toBeVisible();
    const filtered = await results(page).getByRole('link').count();
    expect(filtered).toBeGreaterThan(0);

    await page.reload();
    await expect(searchBox(page)).toHaveValue('khai sinh');
    await expect(tier).toHaveValue('tinh');
    await expect(method).toHaveValue('truc-tuyen');
    await expect(results(page).getByRole('link')).toHaveCount(filtered);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=khai\+sinh&cap=tinh$/);
    await expect(method).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=khai\+sinh$/);
    await expect(tier).toHaveValue('');
  });

  test('on a phone, folds the filters so the first result is on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSearch(page, '/tra-cuu/?q=khai+sinh');
    const filters = page.getByRole('group', { name: 'Lọc kết quả' });
    await expect(filters).toBeHidden();
    await expect(results(page).getByRole('link').first()).toBeInViewport({ ratio: 1 });

    // The control opens them, and a filter set keeps them open and is named in the count.
    await filtersToggle(page).click();
    await filters.getByRole('combobox', { name: 'Cách nộp' }).selectOption({ label: 'Nộp qua bưu điện' });
    await expect(filtersToggle(page)).toHaveText('Lọc kết quả (đã chọn 1)');
    await expect(page.getByText(/Đang lọc: Nộp qua bưu điện\.$/)).toBeVisible();
    await page.reload();
    await expect(filters.getByRole('combobox', { name: 'Cách nộp' })).toBeVisible();
    await expect(filters.getByRole('combobox', { name: 'Cách nộp' })).toHaveValue('buu-chinh');
  });

  test('opens a shared address with its results', async ({ page }) => {
    await openSearch(page, '/tra-cuu/?q=gplx&cach=truc-tuyen');
    await expect(searchBox(page)).toHaveValue('gplx');
    await expect(page.getByRole('combobox', { name: 'Cách nộp' })).toHaveValue('truc-tuyen');
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', '/thu-tuc/3.000348/');
  });

  test('keeps the words typed on a slow phone before the script arrived, and answers them', async ({ page }) => {
    // Hold the page's scripts until the visitor has typed, as a slow connection does.
    let release = (): void => {};
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/.+\.js$/, async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto('/tra-cuu/', { waitUntil: 'commit' });
    await searchBox(page).fill('dang ky khai sinh');
    release();
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
    await expect(searchBox(page)).toHaveValue('dang ky khai sinh');
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', '/thu-tuc/1.001193/');
    await expect(page).toHaveURL(/\?q=dang\+ky\+khai\+sinh$/);
  });

  test('"more results" adds results and moves focus to the first new one', async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill('dang ky');
    await expect(results(page).getByRole('link')).toHaveCount(20);
    await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await expect(results(page).getByRole('link')).toHaveCount(40);
    await expect(results(page).getByRole('link').nth(20)).toBeFocused();
  });

  test('shows odd queries as text, answers them, and never fails', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await openSearch(page);
    const resultsHeading = page.getByRole('heading', { name: 'Kết quả' });
    const commonTasks = page.getByRole('heading', { name: 'Người dân thường cần' });
    // Markup, a 10,000-character query and mixed scripts are searched as text.
    for (const query of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      'x'.repeat(10_000),
      '한국어 中文 العربية Tiếng Việt',
    ]) {
      await searchBox(page).fill(query);
      await expect(resultsHeading).toBeVisible();
    }
    // Punctuation and emoji hold no word to search for: the page shows the common tasks.
    for (const query of ['!!!???...', '😀🎉🇻🇳']) {
      await searchBox(page).fill(query);
      await expect(commonTasks).toBeVisible();
    }
    await searchBox(page).fill('<b>in đậm</b>');
    await expect(page.getByRole('region', { name: 'Kết quả' }).getByText('“<b>in đậm</b>”')).toBeVisible();
    await expect(page.locator('main b')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('"sinh con" shows the birth event first, with its first procedures', async ({ page }) => {
    await openSearch(page);
    await searchBox(page).fill('sinh con');
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', '/su-kien/sinh-con/');
    await expect(first).toContainText('Sự kiện');
    await expect(first.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toHaveAttribute(
      'href',
      '/thu-tuc/1.001193/',
    );
    await first.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sinh con');
  });

  test('"giay chung sinh", the paper the hospital gives, finds birth registration in the first three', async ({
    page,
  }) => {
    await openSearch(page);
    await searchBox(page).fill('giay chung sinh');
    const anyResult = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') });
    await expect(anyResult.first()).toBeVisible();
    const hrefs = await results(page)
      .locator(':scope > li > a')
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/thu-tuc/1.001193/');
  });

  test('has no accessibility violations with results and filters on screen', async ({ page }) => {
    await openSearch(page, '/tra-cuu/?q=dang+ky+ket+hon&cap=xa');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('keeps a working form, explains itself and links to the browse pages', async ({ page }) => {
    await page.goto('/tra-cuu/');
    await expect(page.getByText('Ô tìm kiếm cần trình duyệt bật')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tất cả thủ tục hành chính' })).toHaveAttribute(
      'href',
      '/thu-tuc/',
    );
    await expect(page.getByRole('link', { name: 'Thủ tục nộp được trực tuyến' })).toHaveAttribute(
      'href',
      '/thu-tuc/cach-nop/truc-tuyen/',
    );
    await expect(page.getByRole('link', { name: 'Thủ tục nộp được qua bưu điện' })).toHaveAttribute(
      'href',
      '/thu-tuc/cach-nop/buu-chinh/',
    );
    await expect(page.getByRole('link', { name: 'Đăng ký khai sinh cho con' })).toHaveAttribute(
      'href',
      '/thu-tuc/1.001193/',
    );
    await searchBox(page).fill('khai sinh');
    await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/\?q=khai\+sinh/);
    // The address carries the query, but without the program nothing can answer it: the page
    // says so and still offers every way to browse, rather than an empty list of results.
    await expect(page.getByText('Ô tìm kiếm cần trình duyệt bật')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tìm theo danh mục' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thủ tục cấp xã' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kết quả' })).toHaveCount(0);
  });
});
