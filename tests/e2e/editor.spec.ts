/**
 * The editors' web editor at /quan-tri/, from the built site behind the shipped nginx
 * configuration: it starts with nothing from another site but the repository host's status check,
 * offers its ways to sign in, in Vietnamese; and with Sveltia's test repository (kept in the
 * browser), an editor writes a news item through our forms and the file it would commit passes
 * the schema the build checks it with.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { newsAsWrittenSchema } from '../../src/lib/content/schemas';
import { validateFrontmatter } from '../../src/lib/content/validate';
import { EDITOR_PATH } from '../../src/lib/navigation';
import { DIST } from '../support/built-pages';
import { siteUrl } from '../support/sites';

test.use({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });

/** Only this server answers; every other request is refused and remembered. */
async function onlyThisServer(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(siteUrl()),
    (route) => {
      outside.push(new URL(route.request().url()).host);
      return route.abort();
    },
  );
  return outside;
}

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The built configuration, with Sveltia's test repository (in the browser) as the backend. */
async function useTestRepository(context: BrowserContext): Promise<void> {
  const built = readFileSync(`${DIST}${EDITOR_PATH}config.yml`, 'utf8');
  const config = built.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
  expect(config).not.toBe(built);
  await context.route(`**${EDITOR_PATH}config.yml*`, (route) =>
    route.fulfill({ body: config, contentType: 'application/yaml' }),
  );
}

/** A file the editor saved in its test repository (the browser's private storage). */
function savedFile(page: Page, path: string): Promise<string> {
  return page.evaluate(async (parts) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
  }, path.split('/'));
}

test('starts in Vietnamese with the ways to sign in, fetching nothing from other sites but GitHub’s status', async ({
  page,
  context,
}) => {
  const outside = await onlyThisServer(context);
  const errors = pageErrors(page);
  const response = await page.goto(EDITOR_PATH);
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(page.getByRole('heading', { name: /^Biên tập: / })).toBeVisible();
  for (const name of ['Làm việc với kho mã nguồn cục bộ', /Đăng nhập bằng.*GitHub/, 'Đăng nhập bằng mã truy cập']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  expect(errors).toEqual([]);
  expect(outside.filter((host) => host !== 'www.githubstatus.com')).toEqual([]);
});

test('an editor writes a news item through our forms, and the file it saves passes the build’s schema', async ({
  page,
  context,
}) => {
  await onlyThisServer(context);
  await useTestRepository(context);
  const errors = pageErrors(page);
  const preview = page.waitForResponse((response) => response.url().endsWith(`${EDITOR_PATH}xem-truoc.css`));
  await page.goto(EDITOR_PATH);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
  await expect(page.getByRole('treeitem', { name: 'Sự kiện trong đời' })).toBeVisible();
  await page.getByRole('treeitem', { name: 'Tin tức' }).click();
  await page.getByRole('main').getByRole('toolbar').getByRole('button', { name: 'Tạo bài viết mới' }).click();

  const form = page.getByRole('group', { name: /Biên tập nội dung/ });
  await expect(form.getByText('Ngày đăng tin. Danh sách tin xếp theo ngày này, mới nhất trước.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Tiêu đề' }).fill('Tin thử từ trình biên tập');
  await form.getByRole('textbox', { name: 'Mô tả ngắn' }).fill('Một tin viết trên trang biên tập để thử.');
  await form.getByRole('textbox', { name: 'Ngày đăng' }).fill('2026-12-06');
  await form.getByRole('textbox', { name: 'Ngày cần rà soát lại' }).fill('2027-06-06');
  await form.getByRole('button', { name: /Thêm.*Nguồn thông tin/ }).click();
  await form.getByRole('textbox', { name: 'Tên nguồn' }).fill('Kế hoạch 228/KH-UBND ngày 18/8/2017 của UBND tỉnh Tiền Giang');
  await form.getByRole('textbox', { name: 'Địa chỉ của nguồn' }).fill('https://example.org/ke-hoach-228');
  await form.getByRole('textbox', { name: 'Nội dung' }).fill('Nội dung thử của tin.');
  // The preview shows the text with the site's own styles.
  expect((await preview).ok()).toBe(true);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('treeitem', { name: 'Tin tức' })).toContainText('1');

  const file = await savedFile(page, 'content/news/tin-thu-tu-trinh-bien-tap.md');
  const { data, body } = parseMarkdown(file);
  expect(validateFrontmatter(newsAsWrittenSchema, 'content/news/tin-thu-tu-trinh-bien-tap.md', data)).toEqual([]);
  expect(data).toMatchObject({ date: '2026-12-06', reviewBy: '2027-06-06' });
  // An optional field left empty is not written at all.
  expect(file).not.toMatch(/^(?:updated|order|image|imageAlt):/m);
  expect(body.trim()).toBe('Nội dung thử của tin.');
  expect(errors).toEqual([]);
});
