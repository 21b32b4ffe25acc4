/**
 * The editors' guide's pictures of the web editor (content/README.md), at 1280 px and 390 px, from
 * the built site served by nginx with the shipped configuration. The editor works on Sveltia's
 * test repository (kept in the browser), so nothing is committed anywhere.
 *
 *   npm run build && npm run screenshots:editor     writes content/_anh-bien-tap/*.png
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { launchChromium } from './lib/chromium';
import { startNginx } from './lib/deploy/nginx';
import { EDITOR_PATH } from '../src/lib/navigation';

const DIST = resolve('dist');
const OUT = resolve('content/_anh-bien-tap');
const WIDTHS = [
  { name: '1280', viewport: { width: 1280, height: 860 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

async function shot(page: Page, name: string, width: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}-${width}.png`) });
  console.log(`${name}-${width}.png`);
}

async function writeNews(page: Page, picture: string): Promise<void> {
  // The toolbar's button on a wide screen; on a phone, the one under the empty list.
  await page.getByRole('main').getByRole('button', { name: 'Tạo bài viết mới' }).first().click();
  const form = page.getByRole('group', { name: /Biên tập nội dung/ });
  await form.getByRole('textbox', { name: 'Tiêu đề' }).fill('Trung tâm Phục vụ hành chính công nghỉ Tết Nguyên đán');
  await form.getByRole('textbox', { name: 'Mô tả ngắn' }).fill('Ngày nghỉ và ngày làm việc trở lại của trung tâm.');
  await form.getByRole('textbox', { name: 'Ngày đăng' }).fill('2026-12-06');
  await form.getByRole('textbox', { name: 'Ngày cần rà soát lại' }).fill('2027-06-06');
  await form.locator('input[type="file"]').first().setInputFiles(picture);
  await form.getByRole('textbox', { name: 'Mô tả ảnh' }).fill('Cửa chính của trung tâm');
  await form.getByRole('button', { name: /Thêm.*Nguồn thông tin/ }).click();
  await form.getByRole('textbox', { name: 'Tên nguồn' }).fill('Thông báo của Trung tâm Phục vụ hành chính công');
  await form.getByRole('textbox', { name: 'Nội dung' }).fill('Nội dung của tin.');
  await form.getByRole('textbox', { name: 'Tiêu đề' }).scrollIntoViewIfNeeded();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const picture = join(resolve('tmp'), 'anh-thu.jpg');
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7a9cbf' } }).jpeg().toFile(picture);
  const config = readFileSync(join(DIST, EDITOR_PATH, 'config.yml'), 'utf8').replace(
    /^backend:\n(?: {2}.*\n)+/m,
    'backend:\n  name: test-repo\n',
  );
  const server = await startNginx([{ root: DIST }]);
  const browser = await launchChromium();
  try {
    for (const { name: width, viewport } of WIDTHS) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${server.urls[0]}${EDITOR_PATH}`);
      await page.getByRole('button', { name: /Đăng nhập bằng.*GitHub/ }).waitFor();
      await shot(page, 'dang-nhap', width);
      // The rest on the test repository: the same editor, forms and checks.
      await context.route(`**${EDITOR_PATH}config.yml*`, (route) =>
        route.fulfill({ body: config, contentType: 'application/yaml' }),
      );
      await page.reload();
      await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
      await page.getByRole('treeitem', { name: 'Tin tức' }).waitFor();
      await shot(page, 'chuyen-muc', width);
      await page.getByRole('treeitem', { name: 'Tin tức' }).click();
      await writeNews(page, picture);
      await shot(page, 'tin-moi', width);
      await page.getByRole('group', { name: /Biên tập nội dung/ }).getByRole('textbox', { name: 'Tiêu đề' }).fill('');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await shot(page, 'thieu-truong', width);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
