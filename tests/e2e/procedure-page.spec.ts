/**
 * A procedure page as a citizen uses it. The template's rules are checked on the fixture site's
 * named cases (scripts/lib/fixture-site/cases.ts: data made for each shape, so a re-import of the
 * real catalogue cannot change what these tests expect); the pages the issues named (the birth
 * registration, the driving licence, marriage) are checked on the real site for what a citizen
 * must see there, never for counts of the real data.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { sweepPages } from '../support/built-pages';
import { fixtureUrl } from '../support/sites';

const BIRTH = '/thu-tuc/1.001193/';
const fixture = (code: string) => `${fixtureUrl()}/thu-tuc/${code}/`;

async function openEverySection(page: Page): Promise<void> {
  const closed = page.getByRole('main').locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

test.describe('the template, on the named cases', () => {
  test('a record that says nothing says so, and sends the reader to the official portal', async ({ page }) => {
    await page.goto(fixture('8.000002'));
    const before = page.getByRole('region', { name: 'Trước khi bắt đầu' });
    await expect(before).toContainText('Chưa có thông tin ai được làm thủ tục này');
    await expect(before).toContainText('Chưa có thông tin về thời gian giải quyết');
    await expect(before).toContainText('Chưa có thông tin về cơ quan giải quyết');
    await expect(page.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' })).toContainText(
      'Chưa có thông tin về giấy tờ cần chuẩn bị',
    );
    await expect(page.getByRole('region', { name: 'Các bước thực hiện' })).toContainText('Chưa có thông tin về các bước');
  });

  test('documents given as text are shown as the source wrote them', async ({ page }) => {
    await page.goto(fixture('8.000003'));
    const documents = page.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' });
    await expect(documents).toContainText('Giấy tờ cần chuẩn bị (chép nguyên văn từ cơ sở dữ liệu quốc gia):');
    await expect(documents).toContainText('Bản sao giấy tờ tùy thân của người đề nghị.');
  });

  test('what everyone brings comes first; the papers for some cases follow under their own heading', async ({ page }) => {
    await page.goto(fixture('8.000006'));
    const documents = page.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' });
    await expect(documents.getByText('Mọi người cần chuẩn bị 1 giấy tờ; thêm tối đa 2 giấy tờ nữa nếu bạn thuộc một trong các trường hợp được nêu.')).toBeVisible();
    const everyone = documents.getByRole('listitem').filter({ hasText: 'Tờ khai theo mẫu' });
    const caseHeading = documents.getByRole('heading', { name: 'Chỉ cần khi bạn thuộc một trong các trường hợp sau' });
    const authorised = documents.getByRole('listitem').filter({ hasText: 'Trường hợp ủy quyền' });
    expect((await everyone.boundingBox())!.y).toBeLessThan((await caseHeading.boundingBox())!.y);
    expect((await caseHeading.boundingBox())!.y).toBeLessThan((await authorised.boundingBox())!.y);
  });

  test('a long group of notes folds away, after what there is to bring', async ({ page }) => {
    await page.goto(fixture('8.000006'));
    const summary = page.getByText('Lưu ý (12 mục)');
    const firstNote = page.getByRole('listitem', { includeHidden: true }).filter({ hasText: 'Ghi chú số 1 về giấy tờ' });
    await expect(firstNote).toBeHidden();
    await summary.click();
    await expect(firstNote).toBeVisible();
  });

  test('a fee the description names wins over a "free" cell, a lapsed rate says so, and the source is one tap away', async ({ page }) => {
    await page.goto(fixture('8.000004'));
    const main = page.getByRole('main');
    const fee = main.getByRole('region', { name: 'Trước khi bắt đầu' }).getByRole('definition').nth(2);
    await expect(fee).toContainText('Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần');
    await expect(fee).toContainText('115.000 đồng/lần cấp (mức này chỉ áp dụng đến hết ngày 31/12/2025, nay đã hết hạn)');
    await expect(fee).toContainText('ô phí, lệ phí của dữ liệu ghi là không thu tiền');
    await expect(main).not.toContainText(/miễn phí/i);
    await fee.getByText('Nguyên văn dữ liệu về phí, lệ phí').click();
    await expect(fee.getByText(/Lệ phí cấp giấy phép lái xe: 135\.000 đồng\/lần\./)).toBeVisible();
  });

  test('fees that differ by way of submitting are told per way, in the summary and the table', async ({ page }) => {
    await page.goto(fixture('8.000007'));
    const fee = page.getByRole('region', { name: 'Trước khi bắt đầu' }).getByRole('definition').nth(2);
    await expect(fee.getByRole('listitem')).toHaveText(['Trực tuyến: 10.000 đồng', 'Bưu chính: miễn phí', 'Trực tiếp: 20.000 đồng']);
    const table = page.getByRole('table', { name: 'Thời gian và phí, lệ phí theo từng cách nộp' });
    await expect(table.getByRole('row').filter({ hasText: 'Trực tiếp' }).getByRole('cell').nth(1)).toHaveText('20.000 đồng');
  });

  test('a postal method that still needs a visit says so, quoting the record; a bare number is not given a unit', async ({ page }) => {
    await page.goto(fixture('8.000005'));
    const postal = page.getByRole('complementary', { name: 'Nộp qua bưu điện' });
    await expect(postal).not.toContainText('không phải đến cơ quan');
    await expect(postal).toContainText('bạn vẫn phải đến cơ quan');
    await expect(postal).toContainText('hai bên nam, nữ phải có mặt');
    await expect(page.getByRole('region', { name: 'Trước khi bắt đầu' })).toContainText(
      'Nguồn chỉ ghi con số 1, không ghi là ngày hay giờ',
    );
  });

  test('a 5,000-letter name wraps in the heading, whole, never shortened', async ({ page }) => {
    await page.goto(fixture('8.000001'));
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading?.length).toBe(5000);
  });

  test('printed, it is a checklist: a box per paper to bring, where, time, fee, a QR code; no navigation or steps', async ({ page }) => {
    await page.goto(fixture('8.000006'));
    await page.emulateMedia({ media: 'print' });
    const main = page.getByRole('main');
    // One paper for everyone and two for some cases; notes get no box.
    await expect(main.locator('.checklist__box:visible')).toHaveCount(3);
    for (const term of ['Thời gian giải quyết', 'Phí, lệ phí', 'Nơi nộp hồ sơ']) {
      await expect(main.getByRole('term').filter({ hasText: term })).toBeVisible();
    }
    await expect(page.getByRole('img', { name: /^Mã QR dẫn đến http.*\/thu-tuc\/8\.000006\/$/ })).toBeVisible();
    for (const navigation of await page.getByRole('navigation').all()) await expect(navigation).toBeHidden();
    await expect(main.getByRole('heading', { name: 'Các bước thực hiện' })).toBeHidden();
    await expect(main.getByRole('link', { name: /^Làm thủ tục này trên/ })).toBeHidden();
    await expect(main.getByRole('complementary', { name: 'Báo sai sót trên trang này' })).toBeHidden();
  });
});

test.describe('the pages the issues named, on the real site', () => {
  test('birth registration: the editors’ summary first, dated, then the official data in order', async ({ page }) => {
    await page.goto(BIRTH);
    const main = page.getByRole('main');
    await expect(main.getByRole('region', { name: 'Tóm tắt' })).toContainText('Ban biên tập viết bằng lời dễ hiểu, rà soát ngày');
    const headings = await main.getByRole('heading', { level: 2 }).allTextContents();
    const order = ['Tóm tắt', 'Trước khi bắt đầu', 'Giấy tờ cần chuẩn bị', 'Làm thủ tục', 'Các bước thực hiện', 'Kết quả', 'Căn cứ pháp lý'];
    expect(headings.filter((heading) => order.includes(heading))).toEqual(order);
    // Giấy chứng sinh is among what everyone brings, before the papers for some cases.
    const documents = main.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' });
    const certificate = documents.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh; trường hợp không có' });
    await expect(certificate).toContainText('1 bản chính');
    const caseHeading = documents.getByRole('heading', { name: 'Chỉ cần khi bạn thuộc một trong các trường hợp sau' }).first();
    expect((await certificate.boundingBox())!.y).toBeLessThan((await caseHeading.boundingBox())!.y);
  });

  test('birth registration, printed: the summary first, and the checklist on at most three A4 pages', async ({ page }) => {
    await page.goto(BIRTH);
    await page.emulateMedia({ media: 'print' });
    const main = page.getByRole('main');
    const summary = main.getByRole('region', { name: 'Tóm tắt' });
    await expect(summary).toBeVisible();
    expect((await summary.boundingBox())!.y).toBeLessThan((await main.getByRole('region', { name: 'Trước khi bắt đầu' }).boundingBox())!.y);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
  });

  test('the driving licence: 135.000 đồng, never “Miễn phí” (3.000348)', async ({ page }) => {
    await page.goto('/thu-tuc/3.000348/');
    const main = page.getByRole('main');
    await expect(main.getByRole('region', { name: 'Trước khi bắt đầu' }).getByRole('definition').nth(2)).toContainText(
      '135.000 đồng/lần',
    );
    await expect(main).not.toContainText(/miễn phí/i);
  });

  test('marriage: the postal box does not promise that no visit is needed (1.000894)', async ({ page }) => {
    await page.goto('/thu-tuc/1.000894/');
    const postal = page.getByRole('complementary', { name: 'Nộp qua bưu điện' });
    await expect(postal).not.toContainText('không phải đến cơ quan');
    await expect(postal).toContainText('hai bên nam, nữ phải có mặt');
  });

  test('every procedure page ends with where to report a mistake, its code written in', async ({ page }) => {
    await page.goto('/thu-tuc/3.000348/');
    const report = page.getByRole('complementary', { name: 'Báo sai sót trên trang này' });
    await expect(report).toContainText('3.000348');
    await expect(report.getByRole('link', { name: /Phản ánh, kiến nghị/ })).toHaveAttribute('href', /^https:\/\/dichvucong\.gov\.vn\//);
    await report.getByRole('link', { name: 'Nên báo sai sót ở đâu' }).click();
    // The help page's own section on it, not the same box at its end.
    await expect(page.locator(':target')).toHaveText('Báo sai sót trên trang này');
  });

  test('tells search engines what the citizen receives', async ({ page }) => {
    await page.goto(BIRTH);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data['@type']).toBe('GovernmentService');
    expect(data.serviceOutput).toEqual([{ '@type': 'Thing', name: 'Giấy khai sinh', identifier: 'KQ.G15.000031' }]);
  });
});

/** The procedure pages whose data stretches the template furthest, picked from the real data. */
const stretched = sweepPages().filter(({ shape }) => ['most documents', 'heaviest record', 'longest name'].includes(shape));

test.describe('every section open', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { path, shape } of [...stretched, { path: BIRTH, shape: 'birth registration' }]) {
    test(`${path} (${shape}): with every section open, axe finds nothing and no section is wider than a 320 px phone`, async ({
      page,
    }) => {
      await page.goto(path);
      await openEverySection(page);
      expect(await axeViolations(page)).toEqual([]);
      // Each of the page's own sections, laid out at the 288 px a 320 px screen leaves it.
      const wide = await page.getByRole('main').evaluate((main) =>
        [...main.querySelectorAll<HTMLElement>('article > section, article > aside, article > footer')]
          .filter((section) => getComputedStyle(section).display !== 'none')
          .map((section) => {
            section.style.width = '288px';
            return { id: section.getAttribute('aria-labelledby') ?? section.className, width: section.scrollWidth };
          })
          .filter(({ width }) => width > 288),
      );
      expect(wide).toEqual([]);
    });
  }
});
