import { expect, test } from '@playwright/test';
import { site } from '../../src/config/site';

test.describe('home page', () => {
  test('is in Vietnamese and leads to the main tasks', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Làm thủ tục hành chính dễ hơn, nhanh hơn',
    );
    await expect(page.getByRole('heading', { name: 'Người dân thường cần' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đăng ký khai sinh cho con' })).toHaveAttribute(
      'href',
      '/thu-tuc/1.001193/',
    );
    await expect(page.getByRole('heading', { name: 'Ba cách nộp hồ sơ' })).toBeVisible();
    for (const way of ['Nộp trực tuyến', 'Nộp qua bưu điện', 'Nộp trực tiếp']) {
      await expect(page.getByRole('heading', { name: way })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Tin mới' })).toBeVisible();
  });

  test('search box sends the query to /tra-cuu/ without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('dang ky khai sinh');
    await search.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/\?q=dang\+ky\+khai\+sinh$/);
    await context.close();
  });

  test('has header, main and footer landmarks and marks the current section', async ({ page }) => {
    await page.goto('/huong-dan/');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Các mục chính' });
    await expect(nav.getByRole('link', { name: 'Hướng dẫn' })).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByRole('navigation', { name: 'Bạn đang ở' }).getByRole('link', { name: 'Trang chủ' }),
    ).toBeVisible();
  });
});

test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('shows the name, search and one button that opens the sections, without JavaScript', async ({
    page,
  }) => {
    await page.goto('/huong-dan/theo-doi-ho-so/');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Dịch vụ công trực tuyến Tiền Giang' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Tra cứu' })).toHaveAttribute('href', '/tra-cuu/');
    const sections = banner.getByRole('navigation', { name: 'Các mục', exact: true });
    await expect(sections).toBeHidden();

    await banner.locator('summary', { hasText: 'Các mục' }).click();
    await expect(sections).toBeVisible();
    await expect(sections.getByRole('link')).toHaveText([
      'Thủ tục hành chính',
      'Hướng dẫn',
      'Bưu chính công ích',
      'Chính quyền điện tử',
      'Tin tức',
    ]);
    await expect(sections.getByRole('link', { name: 'Hướng dẫn' })).toHaveAttribute('aria-current', 'page');
    await sections.getByRole('link', { name: 'Bưu chính công ích' }).click();
    await expect(page).toHaveURL(/\/buu-chinh-cong-ich\/$/);
  });

  test('gives the province notice in one line with its source, and in full on the home page', async ({
    page,
  }) => {
    await page.goto('/thu-tuc/');
    const notice = page.getByRole('complementary', { name: 'Thông báo' });
    const { short, text, source } = site.province.notice!;
    await expect(notice).toContainText(short!);
    await expect(notice).not.toContainText(text);
    await expect(notice.getByRole('link', { name: `Nguồn: ${source.title}` })).toBeVisible();
    await page.goto('/');
    await expect(notice).toContainText(text);
    await expect(notice.getByRole('link', { name: `Nguồn: ${source.title}` })).toBeVisible();
  });
});

test.describe('keyboard use', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua để đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focusedInMain).toBe(true);
  });

  test('Tab walks through the header links in order, each with a visible focus indicator', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Các mục chính' });
    const first = nav.getByRole('link').first();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // search link
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const background = await first.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').nth(1)).toBeFocused();
  });
});

test.describe('page not found', () => {
  test('answers 404 with a Vietnamese page and ways forward', async ({ page }) => {
    const response = await page.goto('/trang-khong-co-that/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await expect(page.getByRole('main').getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute(
      'href',
      '/',
    );
    await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  });
});
