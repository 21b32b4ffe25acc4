/**
 * What the offline worker stores and shows (src/lib/offline/): the precache chosen from a built
 * site, which addresses may be saved, the saved-copy notice and the offline page's list; and the
 * installed app's manifest and theme colour (src/lib/app/).
 */
import { describe, expect, it } from 'vitest';
import { tokenValue } from '../../src/lib/app/design-token';
import { APP_ICONS, webAppManifest } from '../../src/lib/app/manifest';
import { isHashedFile, isStorablePage } from '../../src/lib/offline/policy';
import { planPrecache, scriptsLoadedBy, type BuiltFile } from '../../src/lib/offline/precache';
import {
  NONE_SAVED_ID,
  SAVED_LIST_ID,
  escapeHtml,
  pageTitle,
  savedAt,
  withNotice,
  withSavedPages,
} from '../../src/lib/offline/saved-copy';

const page = (scripts: string) => `<html><head><title>T | Site</title></head><body><main id="noi-dung">${scripts}</main></body></html>`;

/** A small built site: three precached pages, an island with a lazily loaded engine, an index. */
const TEXTS: Record<string, string> = {
  'index.html': page('<script type="module" src="/_astro/offline.A1.js"></script>'),
  'tra-cuu/index.html': page(
    '<astro-island component-url="/_astro/SearchApp.B2.js" renderer-url="/_astro/client.C3.js"></astro-island><script type="module" src="/_astro/offline.A1.js"></script>',
  ),
  'ngoai-tuyen/index.html': page('<script type="module" src="/_astro/offline.A1.js"></script>'),
  '_astro/offline.A1.js': 'navigator.serviceWorker.register("/sw.js")',
  '_astro/SearchApp.B2.js': 'import{a}from"./client.C3.js";const e=()=>import("./engine.D4.js")',
  '_astro/client.C3.js': 'export const a=1',
  '_astro/engine.D4.js': 'export const fuse=1',
  '_astro/admin.E5.js': 'a tool no precached page loads',
};
const SIZES: Record<string, number> = {
  'thu-tuc/1.001193/index.html': 50_000,
  '_astro/index.F6.css': 8_000,
  '_astro/_slug_.G7.css': 1_000,
  'tra-cuu/chi-muc-0123abcd.json': 375_000,
  'manifest.webmanifest': 900,
  'icons/icon-192.png': 2_300,
  'favicon.svg': 200,
  'rss.xml': 30_000,
};
const FILES: BuiltFile[] = [
  ...Object.entries(TEXTS).map(([path, text]) => ({ path, bytes: text.length, hash: `h-${path.length}` })),
  ...Object.entries(SIZES).map(([path, bytes]) => ({ path, bytes, hash: `h-${bytes}` })),
];
const readText = (path: string) => TEXTS[path] ?? '';

describe('what a phone stores on install', () => {
  it('follows the scripts the precached pages load through their imports, lazy ones included, and no other', () => {
    expect(scriptsLoadedBy([readText('tra-cuu/index.html')], readText)).toEqual([
      '_astro/SearchApp.B2.js',
      '_astro/client.C3.js',
      '_astro/engine.D4.js',
      '_astro/offline.A1.js',
    ]);
  });

  it('holds the home, search and offline pages (revised by content), their scripts, the index, the app files; styles apart', () => {
    const plan = planPrecache(FILES, readText);
    expect(plan.entries).toEqual([
      { url: '/', revision: 'h-10' },
      { url: '/tra-cuu/', revision: 'h-18' },
      { url: '/ngoai-tuyen/', revision: 'h-22' },
      { url: '/_astro/SearchApp.B2.js', revision: null },
      { url: '/_astro/client.C3.js', revision: null },
      { url: '/_astro/engine.D4.js', revision: null },
      { url: '/_astro/offline.A1.js', revision: null },
      { url: '/tra-cuu/chi-muc-0123abcd.json', revision: null },
      { url: '/manifest.webmanifest', revision: 'h-900' },
      { url: '/icons/icon-192.png', revision: 'h-2300' },
      { url: '/favicon.svg', revision: 'h-200' },
    ]);
    expect(plan.stylesheets.sort()).toEqual(['/_astro/_slug_.G7.css', '/_astro/index.F6.css']);
    const expected = FILES.filter((file) => !/admin|thu-tuc|rss/.test(file.path)).reduce((sum, file) => sum + file.bytes, 0);
    expect(plan.bytes).toBe(expected);
    expect(plan.leftOut).toEqual([]);
  });

  it('leaves the search index out, and says so, when it would pass the budget', () => {
    const plan = planPrecache(FILES, readText, 100_000);
    expect(plan.entries.map((entry) => entry.url)).not.toContain('/tra-cuu/chi-muc-0123abcd.json');
    expect(plan.leftOut).toEqual(['/tra-cuu/chi-muc-0123abcd.json']);
    expect(plan.bytes).toBeLessThan(100_000);
  });

  it('stops the build when a page it must store was not built', () => {
    expect(() => planPrecache(FILES.filter((file) => file.path !== 'ngoai-tuyen/index.html'), readText)).toThrow(
      /ngoai-tuyen\/index\.html/,
    );
  });
});

describe('which addresses are stored', () => {
  it('stores canonical pages only: no query, no address the server redirects, not the editors’ admin', () => {
    const url = (path: string) => new URL(path, 'https://example.gov.vn');
    expect(isStorablePage(url('/thu-tuc/1.001193/'))).toBe(true);
    expect(isStorablePage(url('/'))).toBe(true);
    expect(isStorablePage(url('/huong-dan'))).toBe(false);
    expect(isStorablePage(url('/tra-cuu/?q=khai+sinh'))).toBe(false);
    expect(isStorablePage(url('/quan-tri/'))).toBe(false);
    expect(isStorablePage(url('/rss.xml'))).toBe(false);
  });

  it('reads files with hashed names from the phone first', () => {
    expect(isHashedFile('/_astro/index.F6.css')).toBe(true);
    expect(isHashedFile('/tra-cuu/chi-muc-0123abcd.json')).toBe(true);
    expect(isHashedFile('/tra-cuu/')).toBe(false);
    expect(isHashedFile('/favicon.svg')).toBe(false);
  });
});

describe('a saved copy, as shown', () => {
  it('puts the notice at the top of the main content', () => {
    const html = page('<h1>Khai sinh</h1>');
    expect(withNotice(html, '<p class="saved-copy">Đã lưu</p>')).toContain(
      '<main id="noi-dung"><p class="saved-copy">Đã lưu</p><h1>Khai sinh</h1>',
    );
    expect(withNotice('<body class="x"><p>a</p></body>', '<p>n</p>')).toBe('<body class="x"><p>n</p><p>a</p></body>');
  });

  it('names a page by its own title, without the site name the tab adds', () => {
    expect(pageTitle('<title>Thủ tục đăng ký khai sinh | Dịch vụ công</title>', 'Dịch vụ công')).toBe('Thủ tục đăng ký khai sinh');
    expect(pageTitle('<title>Dịch vụ công</title>', 'Dịch vụ công')).toBe('Dịch vụ công');
    expect(pageTitle('<p>no title</p>', 'Dịch vụ công')).toBe('');
  });

  it('dates a copy by the worker’s own mark, else the server’s Date header, else not at all', () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(savedAt(headers({ 'x-dvc-saved-at': '2026-12-06T02:00:00.000Z', date: 'Mon, 01 Jan 2024 00:00:00 GMT' }))?.toISOString()).toBe(
      '2026-12-06T02:00:00.000Z',
    );
    expect(savedAt(headers({ date: 'Sun, 06 Dec 2026 03:00:00 GMT' }))?.toISOString()).toBe('2026-12-06T03:00:00.000Z');
    expect(savedAt(headers({}))).toBeUndefined();
    expect(savedAt(headers({ date: 'not a date' }))).toBeUndefined();
  });

  it('fills the offline page’s list and drops the “none saved yet” sentence, only when there is something', () => {
    const offline = `<ul id="${SAVED_LIST_ID}" class="saved-pages" data-astro-cid-x></ul><p id="${NONE_SAVED_ID}" data-astro-cid-x>Chưa có trang nào được lưu.</p>`;
    expect(withSavedPages(offline, '')).toBe(offline);
    expect(withSavedPages(offline, '<li>a</li>')).toBe(
      `<ul id="${SAVED_LIST_ID}" class="saved-pages" data-astro-cid-x><li>a</li></ul>`,
    );
  });

  it('escapes what it writes into HTML', () => {
    expect(escapeHtml('/a?b="<c>"&d')).toBe('/a?b=&quot;&lt;c&gt;&quot;&amp;d');
  });
});

describe('the installed app', () => {
  it('takes its theme colour from the design tokens, through var() references', () => {
    const css = ':root { --palette-navy: #0a3d6b; --color-brand: var(--palette-navy); --loop: var(--loop); }';
    expect(tokenValue(css, '--color-brand')).toBe('#0a3d6b');
    expect(() => tokenValue(css, '--color-missing')).toThrow(/--color-missing/);
    expect(() => tokenValue(css, '--loop')).toThrow(/itself/);
  });

  it('is named in Vietnamese, opens at the home page on its own, with icons at the usual sizes', () => {
    const manifest = webAppManifest({
      name: 'Dịch vụ công trực tuyến Tiền Giang',
      shortName: 'DVC Tiền Giang',
      description: 'd',
      themeColour: '#0a3d6b',
      backgroundColour: '#ffffff',
    });
    expect(manifest).toMatchObject({ lang: 'vi', start_url: '/', display: 'standalone', short_name: 'DVC Tiền Giang', theme_color: '#0a3d6b' });
    expect((manifest.icons as { sizes: string; purpose: string }[]).map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    expect(APP_ICONS).toHaveLength(3);
  });
});
