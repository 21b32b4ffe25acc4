/**
 * A procedure page as a citizen uses it: what to bring, the steps, what they receive, the legal
 * basis folded away; the printed checklist; no section wider than a 320 px phone; axe with every
 * section closed and open.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

const BIRTH = '/thu-tuc/1.001193/';
/** The procedure with the most documents (94 rows in 17 groups). */
const MOST_DOCUMENTS = '/thu-tuc/2.002011/';
/** The longest unbroken form file name (71 characters) and the longest unbroken word (92, in the legal basis). */
const LONG_WORDS = ['/thu-tuc/1.002636/', '/thu-tuc/1.007891/'];
/** A page whose second group of documents (11 rows) is folded on the screen. */
const FOLDED_GROUP = '/thu-tuc/1.014267/';
/** The heaviest page: conditions of 44,600 characters. */
const LONGEST = '/thu-tuc/2.001538/';

async function openEverySection(page: Page): Promise<void> {
  const closed = page.getByRole('main').locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

test.describe('the birth registration page (1.001193)', () => {
  test('lists what to bring, with counts, grouped as the source groups them', async ({ page }) => {
    await page.goto(BIRTH);
    const documents = page.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' });
    await expect(documents.getByRole('heading', { level: 3, name: 'Giấy tờ phải nộp' })).toBeVisible();
    const birthCertificate = documents
      .getByRole('listitem')
      .filter({ hasText: 'Giấy chứng sinh; trường hợp không có' });
    await expect(birthCertificate).toContainText('1 bản chính');
    await expect(documents.getByRole('heading', { level: 3, name: 'Giấy tờ phải xuất trình' })).toBeVisible();
    // A note (a row that counts nothing) says so and has no count.
    await expect(
      documents.getByRole('listitem').filter({ hasText: 'không phải nộp bản giấy' }),
    ).toContainText('Ghi chú:');
  });

  test('lists what everyone brings first, the papers for some cases after, under their own heading', async ({ page }) => {
    await page.goto(BIRTH);
    const documents = page.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' });
    await expect(documents.getByText(/^Mọi người cần chuẩn bị \d+ giấy tờ; thêm tối đa \d+ giấy tờ nữa/)).toBeVisible();
    const items = await documents.getByRole('listitem').allTextContents();
    const certificate = items.findIndex((text) => text.startsWith('Giấy chứng sinh'));
    const abandoned = items.findIndex((text) => text.startsWith('Trường hợp trẻ em bị bỏ rơi'));
    expect(certificate).toBeGreaterThanOrEqual(0);
    expect(certificate).toBeLessThan(abandoned);
    const caseHeading = documents.getByRole('heading', { name: 'Chỉ cần khi bạn thuộc một trong các trường hợp sau' }).first();
    const certificateBox = await documents.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh; trường hợp' }).boundingBox();
    expect(certificateBox!.y).toBeLessThan((await caseHeading.boundingBox())!.y);
  });

  test('folds a long group away, the first group open', async ({ page }) => {
    await page.goto(BIRTH);
    const notes = page.getByRole('group').filter({ has: page.getByText('Lưu ý (19 mục)') });
    const firstNote = notes.getByRole('listitem', { includeHidden: true }).first();
    await expect(firstNote).toHaveCount(1);
    await expect(firstNote).toBeHidden();
    await page.getByText('Lưu ý (19 mục)').click();
    await expect(firstNote).toBeVisible();
  });

  test('shows the steps, what the citizen receives and the legal basis, in that order', async ({ page }) => {
    await page.goto(BIRTH);
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    const order = [
      'Trước khi bắt đầu',
      'Giấy tờ cần chuẩn bị',
      'Làm thủ tục',
      'Các bước thực hiện',
      'Kết quả',
      'Căn cứ pháp lý',
    ];
    expect(headings.filter((heading) => order.includes(heading))).toEqual(order);

    const steps = page.getByRole('region', { name: 'Các bước thực hiện' });
    await expect(steps).toContainText('Nếu lựa chọn hình thức nộp hồ sơ trực tuyến');
    const more = steps.getByText(/^Xem tiếp \d+ đoạn nữa$/);
    const later = steps.getByText(/Phiếu xin lỗi và hẹn lại ngày trả kết quả/).first();
    await expect(later).toHaveCount(1);
    await expect(later).toBeHidden();
    await more.click();
    await expect(later).toBeVisible();

    await expect(page.getByRole('region', { name: 'Kết quả' })).toContainText('Giấy khai sinh');

    const legal = page.getByRole('region', { name: 'Căn cứ pháp lý' });
    const law = legal.getByRole('listitem', { includeHidden: true }).filter({ hasText: 'Luật 60/2014/QH13' });
    await expect(law).toHaveCount(1);
    await expect(law).toBeHidden();
    await legal.getByText('Xem 15 văn bản pháp luật làm căn cứ cho thủ tục này').click();
    await expect(law).toBeVisible();
    await expect(
      legal.getByRole('listitem').filter({ hasText: 'Trung ương (số 85/2019/TT-BTC)' }),
    ).toBeVisible();
  });

  test('tells search engines what the citizen receives', async ({ page }) => {
    await page.goto(BIRTH);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data.serviceOutput).toEqual([
      { '@type': 'Thing', name: 'Giấy khai sinh', identifier: 'KQ.G15.000031' },
    ]);
  });
});

test.describe('printed', () => {
  test('a procedure page is a checklist: boxes, counts, where, time, fee, a QR code; no navigation or steps', async ({
    page,
  }) => {
    await page.goto(BIRTH);
    await page.emulateMedia({ media: 'print' });
    const main = page.getByRole('main');
    const toBring = main.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh; trường hợp không có' });
    await expect(toBring).toContainText('1 bản chính');
    await expect(toBring.locator('.checklist__box')).toBeVisible();
    expect(await main.locator('.checklist__box:visible').count()).toBe(8);
    for (const term of ['Thời gian giải quyết', 'Phí, lệ phí', 'Nơi nộp hồ sơ']) {
      await expect(main.getByRole('term').filter({ hasText: term })).toBeVisible();
    }
    const qr = page.getByRole('img', { name: /^Mã QR dẫn đến http.*\/thu-tuc\/1\.001193\/$/ });
    await expect(qr).toBeVisible();
    for (const navigation of await page.getByRole('navigation').all()) await expect(navigation).toBeHidden();
    await expect(main.getByRole('heading', { name: 'Các bước thực hiện' })).toBeHidden();
    await expect(main.getByRole('heading', { name: /^Thủ tục khác trong lĩnh vực/ })).toBeHidden();
    await expect(main.getByRole('link', { name: /^Làm thủ tục này trên/ })).toBeHidden();
  });

  test('fits the birth registration checklist on two A4 pages', async ({ page }) => {
    await page.goto(BIRTH);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });

  test('shows the documents of groups that are folded on the screen', async ({ page }) => {
    await page.goto(FOLDED_GROUP);
    // A row to bring in a group the screen shows folded (role queries skip folded content).
    const row = page.locator('details.documents__group:not([open]) li:not(.checklist__item--note)').first();
    await expect(row).toHaveCount(1);
    await expect(row).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(row).toBeVisible();
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  /**
   * Each of this page's own sections, laid out at the 288 px a 320 px screen leaves it, is no wider
   * than that, whatever it holds. (The shared layout's own width at 320 px is checked elsewhere.)
   */
  for (const path of [BIRTH, MOST_DOCUMENTS, ...LONG_WORDS, LONGEST]) {
    test(`no section of ${path} is wider than the screen, open or closed`, async ({ page }) => {
      await page.goto(path);
      await openEverySection(page);
      const wide = await page.getByRole('main').evaluate((main) => {
        const sections = [
          ...main.querySelectorAll<HTMLElement>('article > section, article > aside, article > footer'),
        ];
        return sections
          .filter((section) => getComputedStyle(section).display !== 'none')
          .map((section) => {
            section.style.width = '288px';
            return {
              id: section.getAttribute('aria-labelledby') ?? section.className,
              width: section.scrollWidth,
            };
          })
          .filter(({ width }) => width > 288);
      });
      expect(wide).toEqual([]);
    });
  }
});

test.describe('axe', () => {
  for (const path of [BIRTH, MOST_DOCUMENTS]) {
    test(`finds nothing on ${path} with its sections closed, then open`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      await openEverySection(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('where the record contradicts itself, the page says the safer thing', () => {
  test('the driving licence page shows 135.000 đồng, never "Miễn phí", and the lapsed rate as lapsed (3.000348)', async ({ page }) => {
    await page.goto('/thu-tuc/3.000348/');
    const main = page.getByRole('main');
    const before = main.getByRole('region', { name: 'Trước khi bắt đầu' });
    const fee = before.getByRole('definition').nth(2);
    await expect(fee).toContainText('135.000 đồng/lần');
    await expect(fee).toContainText('nay đã hết hạn');
    await expect(main).not.toContainText(/miễn phí/i);
    await fee.getByText('Nguyên văn dữ liệu về phí, lệ phí').click();
    await expect(fee.getByText(/Lệ phí cấp giấy phép lái xe: 135\.000 đồng\/lần\./)).toBeVisible();
  });

  test('the marriage page does not promise that no visit is needed (1.000894)', async ({ page }) => {
    await page.goto('/thu-tuc/1.000894/');
    const postal = page.getByRole('complementary', { name: 'Nộp qua bưu điện' });
    await expect(postal).not.toContainText('không phải đến cơ quan');
    await expect(postal).toContainText('bạn vẫn phải đến cơ quan');
    await expect(postal).toContainText('hai bên nam, nữ phải có mặt');
  });

  test('every procedure page ends with where to report a mistake, the code written in', async ({ page }) => {
    await page.goto('/thu-tuc/3.000348/');
    const report = page.getByRole('complementary', { name: 'Báo sai sót trên trang này' });
    await expect(report).toContainText('3.000348');
    await expect(report.getByRole('link', { name: /Phản ánh, kiến nghị/ })).toHaveAttribute('href', /^https:\/\/dichvucong\.gov\.vn\//);
    await report.getByRole('link', { name: 'Nên báo sai sót ở đâu' }).click();
    // The help page's own section on it, not the same box at its end.
    await expect(page.locator(':target')).toHaveText('Báo sai sót trên trang này');
    await expect(page.locator(':target')).not.toHaveId('bao-sai-sot');
  });
});

test('a top task shows the editors\' summary first, dated, above the official data, on screen and on paper', async ({ page }) => {
  await page.goto(BIRTH);
  const main = page.getByRole('main');
  const summary = main.getByRole('region', { name: 'Tóm tắt' });
  await expect(summary).toContainText('Ban biên tập viết bằng lời dễ hiểu, rà soát ngày');
  const headings = await main.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Tóm tắt')).toBe(0);
  expect(headings.indexOf('Trước khi bắt đầu')).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  const before = main.getByRole('region', { name: 'Trước khi bắt đầu' });
  expect((await summary.boundingBox())!.y).toBeLessThan((await before.boundingBox())!.y);
});
