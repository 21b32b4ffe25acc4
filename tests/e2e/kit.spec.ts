/**
 * The "Tài liệu tuyên truyền" kit (issue 15) as communicators use it: each radio script's reading
 * time matches its words and its .txt download is the page's text; each poster prints on one A4
 * page and its QR code opens the page it promotes; no kit page runs JavaScript; the footer and
 * the schools page lead to the kit. Axe and the 320 px reflow checks come from
 * accessibility.spec.ts, which samples every hand-made page (run it with -g tai-lieu).
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { readContentFiles, type ContentFile } from '../../scripts/lib/content-check/content-files';
import { parseMarkdown } from '../../src/lib/content/frontmatter';
import { KIT_PATH } from '../../src/lib/kit/paths';
import { readingTime, scriptWords } from '../../src/lib/kit/radio';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const files = readContentFiles(ROOT);
const KIT = ['radio', 'posters', 'articles', 'lessons'] as const;
const kitFiles = files.filter((file) => (KIT as readonly string[]).includes(file.collection));
const of = (collection: ContentFile['collection']) =>
  kitFiles.filter((file) => file.collection === collection);

function frontmatterOf(file: ContentFile): Record<string, unknown> {
  return parseMarkdown(file.text).data as Record<string, unknown>;
}

for (const file of of('radio')) {
  test(`${file.path}: reading time from its words, and the .txt download is the page's script`, async ({
    page,
    request,
  }) => {
    await page.goto(file.path);
    const words = scriptWords(parseMarkdown(file.text).body);
    const time = readingTime(words);
    await expect(page.getByText(`${words} chữ`, { exact: false })).toBeVisible();
    const expectedTime = `khoảng ${time.minutes} phút${time.seconds ? ` ${time.seconds} giây` : ''}`;
    await expect(page.getByRole('definition').filter({ hasText: expectedTime })).toBeVisible();

    const script = page.getByRole('region', { name: 'Bài đọc' });
    const paragraphs = (await script.getByRole('paragraph').allInnerTexts()).map((text) => text.trim());
    expect(paragraphs.length).toBeGreaterThan(2);

    const download = page.getByRole('link', { name: /dạng tệp chữ/ });
    const href = await download.getAttribute('href');
    expect(href).toBe(file.path.replace(/\/$/, '.txt'));
    const response = await request.get(href ?? '');
    expect(response.ok()).toBe(true);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.body());
    const [title, ...rest] = text.trimEnd().split('\n\n');
    const attribution = rest.pop();
    expect(title).toBe(await page.getByRole('heading', { level: 1 }).innerText());
    expect(rest).toEqual(paragraphs);
    expect(attribution).toContain('CC BY 4.0');
    expect(attribution).toContain(file.path);
  });
}

/**
 * The QR code the printed page draws, read by jsQR: the SVG's dark runs ("M x y h w v1 h-w z",
 * src/lib/qr/svg.ts) painted into pixels here, four per module, so what is decoded is exactly
 * what the page prints (a data: image in the page would meet the site's image policy).
 */
async function decodeQr(page: Page, name: RegExp): Promise<string | undefined> {
  const svg = page.getByRole('img', { name });
  const side = Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  const scale = 4;
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row += 1) {
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col += 1) {
        pixels.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

/** Pages of a PDF Chromium printed: one "/Type /Page" dictionary each ("/Pages" is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

for (const file of of('posters')) {
  test(`${file.path}: prints on one A4 page, with a QR code that opens its target`, async ({ page }) => {
    await page.goto(file.path);
    await page.emulateMedia({ media: 'print' });
    const target = String(frontmatterOf(file)['target']);

    const decoded = await decodeQr(page, /^Mã QR dẫn đến/);
    expect(decoded, 'QR code could not be read').toBeDefined();
    expect(new URL(decoded ?? '').pathname).toBe(target);
    await expect(page.getByRole('figure').getByText(decoded ?? '', { exact: true })).toBeVisible();

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf), 'printed pages').toBe(1);
  });
}

for (const file of of('articles')) {
  test(`${file.path}: gives its sharing card and the attribution line to republish with`, async ({
    page,
    request,
  }) => {
    await page.goto(file.path);
    const card = page.getByRole('img', { name: /^Ảnh chia sẻ/ });
    const src = await card.getAttribute('src');
    const response = await request.get(src ?? '');
    expect(response.headers()['content-type']).toBe('image/png');
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toContain(src ?? '');
    const reuse = page.getByRole('region', { name: 'Dùng lại tài liệu này' });
    await expect(reuse.getByText(/^Nguồn: “.*”, .*CC BY 4\.0\.$/)).toBeVisible();
    await expect(reuse.getByRole('link', { name: /CC BY 4\.0/ })).toBeVisible();
  });
}

test('every kit page runs no script but the offline registration, and says its date, its sources and how to reuse it', async ({
  page,
}) => {
  for (const path of [KIT_PATH, ...kitFiles.map((file) => file.path)]) {
    await page.goto(path);
    expect(await page.locator('script:not([src])').count(), `${path}: inline scripts`).toBe(0);
    expect(await page.locator('script[src]').count(), `${path}: script files`).toBe(1);
    await expect(page.getByRole('region', { name: 'Dùng lại tài liệu này' }), path).toBeVisible();
    await expect(page.getByText('Cập nhật', { exact: false }).first(), path).toBeVisible();
    if (path !== KIT_PATH)
      await expect(page.getByRole('region', { name: 'Nguồn thông tin' }), path).toBeVisible();
  }
});

test('the footer of every page and the schools page lead to the kit', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tài liệu tuyên truyền' }).click();
  await expect(page).toHaveURL(new RegExp(`${KIT_PATH}$`));
  await page.goto('/truong-hoc/');
  await expect(page.getByRole('main').getByRole('link', { name: 'tài liệu tuyên truyền' })).toHaveAttribute(
    'href',
    KIT_PATH,
  );
});
