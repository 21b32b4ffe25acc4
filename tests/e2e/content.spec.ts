import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { countAccepting } from '../../src/lib/catalogue/methods';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { formatCount } from '../../src/lib/format/number';

const catalogue = JSON.parse(readFileSync('content/catalogue/services.json', 'utf8')) as {
  procedures: Procedure[];
};

test.describe('every kind of content page renders', () => {
  const pages = [
    { path: '/chinh-quyen-dien-tu/chinh-quyen-dien-tu-la-gi/', heading: /Chính quyền điện tử là gì/ },
    { path: '/huong-dan/dich-vu-cong-muc-do-3/', heading: /Mức độ 3/ },
    { path: '/buu-chinh-cong-ich/nop-ho-so-nhan-ket-qua-qua-buu-dien/', heading: /qua bưu điện/ },
    { path: '/tin-tuc/my-tho-khoi-dong-thanh-pho-thong-minh/', heading: /Mỹ Tho khởi động/ },
    { path: '/kha-nang-tiep-can/', heading: /khả năng tiếp cận/ },
  ];
  for (const { path, heading } of pages) {
    test(`${path} has its title, dates and sources`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByText('Rà soát lại trước:')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Nguồn thông tin' })).toBeVisible();
    });
  }

  test('a news item shows its date and the news list is newest first', async ({ page }) => {
    await page.goto('/tin-tuc/');
    const dates = await page
      .locator('.entry-list time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(7);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByRole('link', { name: 'Mỹ Tho khởi động xây dựng thành phố thông minh' }).click();
    await expect(page.getByText('Ngày đăng:')).toBeVisible();
    await expect(page.locator('main time[datetime="2017-02-28"]').first()).toBeVisible();
  });

  test('the page head offers the RSS feed and a link preview picture', async ({ page, request }) => {
    await page.goto('/huong-dan/dich-vu-cong-muc-do-4/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      '/rss.xml',
    );
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    const feed = await request.get('/rss.xml');
    expect(await feed.text()).toContain('<rss version="2.0"');
  });
});

test.describe('postal pages', () => {
  test('say how many catalogue procedures accept post, as counted from the catalogue', async ({ page }) => {
    await page.goto('/buu-chinh-cong-ich/');
    const section = page.getByRole('region', { name: 'Những thủ tục nhận hồ sơ qua bưu điện' });
    await expect(
      section.getByRole('link', { name: 'Xem danh sách thủ tục nộp được qua bưu điện' }),
    ).toHaveAttribute('href', '/thu-tuc/cach-nop/buu-chinh/');
    const total = catalogue.procedures.length;
    if (total === 0) {
      // An empty catalogue is "not imported yet", not "no procedure accepts post".
      await expect(section.getByText(/thủ tục có cách nộp qua dịch vụ bưu chính/)).toHaveCount(0);
    } else {
      const count = countAccepting(catalogue.procedures, 'buu-chinh');
      await expect(section).toContainText(`${formatCount(count)} trên ${formatCount(total)} thủ tục`);
    }
  });
});

test.describe('schools', () => {
  test('the schools page lists a handout and a scannable QR code for each level guide', async ({ page }) => {
    await page.goto('/truong-hoc/');
    const handouts = page.getByRole('region', { name: 'Tờ rơi in sẵn cho từng mức độ' });
    for (const level of [2, 3, 4]) {
      await expect(
        handouts.getByRole('link', { name: new RegExp(`^Tờ rơi: Mức độ ${level}`) }),
      ).toBeVisible();
    }
    const codes = handouts.getByRole('img', {
      name: /^Mã QR dẫn đến https?:\/\/.+\/huong-dan\/dich-vu-cong-muc-do-\d\/$/,
    });
    await expect(codes).toHaveCount(3);
  });

  test('a handout prints on one A4 page without the site navigation', async ({ page }) => {
    await page.goto('/truong-hoc/to-roi/dich-vu-cong-muc-do-3/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mức độ 3');
    await expect(page.getByRole('heading', { name: 'Các bước chính' })).toBeVisible();
    await expect(
      page.getByRole('img', { name: /Mã QR dẫn đến .*\/huong-dan\/dich-vu-cong-muc-do-3\/$/ }),
    ).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Các mục chính' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
