/**
 * The built site's offline and install files: the worker at the root, the manifest with icons
 * that exist at the sizes it claims, every page linking them, and the offline page kept out of
 * search engines and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-pages';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('the offline worker and the installed app, as built', () => {
  it('writes the worker at the root, holding the pages it stores on install', () => {
    const worker = read('sw.js');
    for (const url of ['"/"', '"/tra-cuu/"', '"/ngoai-tuyen/"', '/tra-cuu/chi-muc-']) expect(worker).toContain(url);
    expect(worker).not.toMatch(/process\.env/);
  });

  it('describes the app with icons that exist at the sizes the manifest gives', async () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      icons: { src: string; sizes: string; type: string }[];
      theme_color: string;
    };
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    for (const icon of manifest.icons) {
      const { width, height, format } = await sharp(join(DIST, icon.src)).metadata();
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      expect(format).toBe('png');
    }
  });

  it('links the manifest, the theme colour and the iPhone icon from every page', () => {
    for (const page of ['index.html', 'thu-tuc/1.001193/index.html', 'tra-cuu/index.html']) {
      const html = read(page);
      expect(html, page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      expect(html, page).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}">/i);
      const apple = /<link rel="apple-touch-icon" href="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(existsSync(join(DIST, apple)), apple).toBe(true);
    }
  });

  it('keeps the offline page out of search engines and the sitemap', () => {
    expect(read('ngoai-tuyen/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(read('sitemap-0.xml')).not.toContain('/ngoai-tuyen/');
  });
});
