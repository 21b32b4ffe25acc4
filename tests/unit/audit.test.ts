import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matches, overruns, ruleFor } from '../../scripts/lib/audit/budgets';
import { NONE, kB, type BudgetRule } from '../../scripts/lib/audit/config';
import { judgeScores, median, onlyIconFetchErrors } from '../../scripts/lib/audit/scores';
import {
  builtHtmlFiles,
  htmlFileOf,
  missingPages,
  sampleTemplatePages,
  urlPathOf,
} from '../../scripts/lib/built-site';
import { lighthouseTable, weightsTable } from '../../scripts/lib/audit/report';
import { validatePages } from '../../scripts/lib/audit/validity';
import {
  WeightMeter,
  attributesOf,
  importedModules,
  inlineScripts,
  resolveUrl,
  sizeOf,
} from '../../scripts/lib/audit/weights';

const PAGE = (head: string, body = ''): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title>${head}</head><body><main>${body}</main></body></html>`;

/** A tiny built site: a content page, a search page with an island, procedure pages. */
const FILES: Record<string, string> = {
  'index.html': PAGE('<link rel="stylesheet" href="/_astro/site.css">', '<h1>Trang chủ</h1>'),
  '_astro/site.css': 'body{margin:0}'.repeat(20),
  'tra-cuu/index.html': PAGE(
    '<link rel=stylesheet href="/_astro/site.css"><script type="application/ld+json">{"a":1}</script>',
    '<astro-island component-url="/_astro/Search.js" renderer-url="/_astro/client.js"></astro-island>' +
      '<script>console.log("inline")</script>',
  ),
  '_astro/Search.js': 'import{a}from"./chunk.js";const l=()=>import("./lazy.js");export{l};',
  '_astro/chunk.js': 'export const a=1;'.repeat(10),
  '_astro/lazy.js': 'import"./chunk.js";export default 2;',
  '_astro/client.js': 'import{a}from"./chunk.js";const s="from \'./not-a-file.js\'";export{s};',
  'thu-tuc/1.000001/index.html': PAGE('', '<h1>Một</h1>'),
  'thu-tuc/1.000002/index.html': PAGE('', '<h1>Hai</h1>'),
  'thu-tuc/1.000003/index.html': PAGE('', `<h1>Ba</h1><p>${'chữ '.repeat(50)}</p>`),
  '404.html': PAGE('', '<h1>Không tìm thấy trang</h1><p><b>sai</i></p>'),
};

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'audit-dist-'));
  for (const [file, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('built pages', () => {
  it('lists every HTML file as the URL a static server answers', () => {
    expect(builtHtmlFiles(dist).map(urlPathOf)).toEqual([
      '/404.html',
      '/',
      '/thu-tuc/1.000001/',
      '/thu-tuc/1.000002/',
      '/thu-tuc/1.000003/',
      '/tra-cuu/',
    ]);
    expect(htmlFileOf('/tra-cuu/')).toBe('tra-cuu/index.html');
    expect(htmlFileOf('/404.html')).toBe('404.html');
    expect(() => builtHtmlFiles(join(dist, 'khong-co'))).toThrow(/npm run build/);
  });

  it('keeps every hand-made page but samples generated catalogue pages evenly', () => {
    const procedures = [1, 2, 3, 4, 5, 6].map((n) => `/thu-tuc/1.00000${n}/`);
    const lists = [
      '/thu-tuc/cap/xa/',
      '/thu-tuc/cap/xa/trang-2/',
      '/thu-tuc/cap/xa/trang-3/',
      '/thu-tuc/cap/xa/trang-4/',
    ];
    const paths = ['/', '/tra-cuu/', '/thu-tuc/', ...lists, ...procedures];
    expect(sampleTemplatePages(paths, 3)).toEqual([
      '/',
      '/tra-cuu/',
      '/thu-tuc/',
      '/thu-tuc/cap/xa/',
      '/thu-tuc/cap/xa/trang-3/',
      '/thu-tuc/1.000001/',
      '/thu-tuc/1.000003/',
      '/thu-tuc/1.000005/',
    ]);
    expect(sampleTemplatePages(paths, 100)).toHaveLength(paths.length);
  });

  it('names the pages that are not built', () => {
    expect(missingPages(dist, ['/', '/thu-tuc/1.001193/', '/tra-cuu/'])).toEqual(['/thu-tuc/1.001193/']);
  });
});

describe('page weights', () => {
  it('reads attributes quoted, unquoted and bare', () => {
    const attributes = attributesOf(' rel=stylesheet href="/a.css" defer data-x=\'1\'');
    expect(Object.fromEntries(attributes)).toEqual({
      rel: 'stylesheet',
      href: '/a.css',
      defer: '',
      'data-x': '1',
    });
  });

  it('finds static and dynamic imports in minified modules', () => {
    expect(importedModules('import{a}from"./a.js";import"../b.js";const c=()=>import("./c.js");')).toEqual([
      './a.js',
      '../b.js',
      './c.js',
    ]);
    expect(resolveUrl('./chunk.js', '/_astro/Search.js')).toBe('/_astro/chunk.js');
    expect(resolveUrl('../x.css?v=1', '/tra-cuu/')).toBe('/x.css');
    expect(() => resolveUrl('https://cdn.example/x.js', '/')).toThrow(/another site/);
  });

  it('counts inline scripts that run, not JSON-LD', () => {
    expect(inlineScripts(FILES['tra-cuu/index.html'] ?? '')).toEqual(['console.log("inline")']);
  });

  it('a content page weighs its HTML and stylesheet, and no JavaScript', () => {
    const weight = new WeightMeter(dist).measure('/');
    expect(weight.html).toEqual(sizeOf(FILES['index.html'] ?? ''));
    expect(weight.css).toEqual(sizeOf(FILES['_astro/site.css'] ?? ''));
    expect(weight.js).toEqual({ raw: 0, gzip: 0 });
  });

  it('an island page counts its component, renderer and every module they import, once each', () => {
    const weight = new WeightMeter(dist).measure('/tra-cuu/');
    expect(weight.assets.js.sort()).toEqual([
      '/_astro/Search.js',
      '/_astro/chunk.js',
      '/_astro/client.js',
      '/_astro/lazy.js',
    ]);
    const files = ['Search.js', 'chunk.js', 'client.js', 'lazy.js'].map(
      (name) => FILES[`_astro/${name}`] ?? '',
    );
    const rawTotal = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(weight.js.raw).toBe(rawTotal + Buffer.byteLength('console.log("inline")'));
  });

  it('JavaScript at load leaves out what the page imports only on demand', () => {
    const weight = new WeightMeter(dist).measure('/tra-cuu/');
    const lazy = Buffer.byteLength(FILES['_astro/lazy.js'] ?? '');
    expect(weight.jsAtLoad.raw).toBe(weight.js.raw - lazy);
    expect(importedModules('import{a}from"./a.js";const c=()=>import("./c.js");', 'static')).toEqual([
      './a.js',
    ]);
  });

  it('a page that links a file missing from the build is an error naming both', () => {
    writeFileSync(join(dist, 'broken.html'), PAGE('<link rel="stylesheet" href="/_astro/gone.css">'));
    expect(() => new WeightMeter(dist).measure('/broken.html')).toThrow(
      /\/broken\.html loads \/_astro\/gone\.css/,
    );
    rmSync(join(dist, 'broken.html'));
  });
});

describe('budgets', () => {
  const budget = { raw: kB(10), gzip: kB(3) };
  const rules: BudgetRule[] = [
    {
      pages: '/tra-cuu/',
      reason: 'search',
      html: budget,
      css: budget,
      js: { raw: kB(100), gzip: kB(30) },
      jsAtLoad: { raw: kB(100), gzip: kB(30) },
    },
    { pages: '*', reason: 'content', html: budget, css: budget, js: NONE, jsAtLoad: NONE },
  ];

  it('matches exact paths and prefixes; the first matching rule wins', () => {
    expect(matches('/thu-tuc/*', '/thu-tuc/1.001193/')).toBe(true);
    expect(matches('/thu-tuc/<code>/', '/thu-tuc/1.001193/')).toBe(true);
    expect(matches('/thu-tuc/<code>/', '/thu-tuc/co-quan/')).toBe(false);
    expect(matches('/tra-cuu/', '/tra-cuu/khac/')).toBe(false);
    expect(ruleFor(rules, '/tra-cuu/').reason).toBe('search');
    expect(ruleFor(rules, '/huong-dan/').reason).toBe('content');
    expect(() => ruleFor(rules.slice(0, 1), '/')).toThrow(/No budget matches \//);
  });

  it('any JavaScript on a content page is over budget; the search page may have some', () => {
    const meter = new WeightMeter(dist);
    const search = meter.measure('/tra-cuu/');
    expect(overruns(search, ruleFor(rules, '/tra-cuu/'))).toEqual([]);
    const asContentPage = overruns(search, ruleFor(rules, '/khac/'));
    expect(asContentPage.map((overrun) => `${overrun.kind} ${overrun.measure}`)).toEqual([
      'js raw',
      'js gzip',
      'jsAtLoad raw',
      'jsAtLoad gzip',
    ]);
  });

  it('reports every measure over budget with its size', () => {
    const weight = new WeightMeter(dist).measure('/thu-tuc/1.000003/');
    const tight = { ...rules[1]!, html: { raw: 100, gzip: kB(3) } };
    expect(overruns(weight, tight)).toEqual([
      { path: '/thu-tuc/1.000003/', kind: 'html', measure: 'raw', size: weight.html.raw, budget: 100 },
    ]);
  });

  it('the table shows procedure pages as one row of their largest figures and marks overruns', () => {
    const meter = new WeightMeter(dist);
    const weights = ['/', '/thu-tuc/1.000001/', '/thu-tuc/1.000003/', '/tra-cuu/'].map((path) =>
      meter.measure(path),
    );
    const text = weightsTable(weights, rules);
    expect(text).toContain('/thu-tuc/<code>/ (2 pages, largest)');
    expect(text).not.toContain('/thu-tuc/1.000001/');
    const searchRow = text.split('\n').find((line) => line.startsWith('/tra-cuu/')) ?? '';
    expect(searchRow).not.toContain('✗');
    const asContent = weightsTable([meter.measure('/tra-cuu/')], rules.slice(1));
    expect(asContent).toContain('✗');
  });
});

describe('HTML validity', () => {
  it('reports errors with page, line and rule, and none for a valid page', async () => {
    const problems = await validatePages(dist, ['/', '/404.html'], ['html-validate:standard']);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.path === '/404.html')).toBe(true);
    expect(problems[0]).toMatchObject({ line: 1, rule: expect.any(String) });
  });
});

describe('Lighthouse results', () => {
  it('keeps the median of several performance runs', () => {
    expect(median([94, 100, 97])).toBe(97);
    expect(median([90, 100])).toBe(95);
  });

  it('retries only when every console error is Chromium failing to fetch a manifest icon', () => {
    const icons = new Set(['/icons/icon-192.png']);
    const icon = (url: string) => ({ source: 'network', sourceLocation: { url } });
    expect(onlyIconFetchErrors([icon('http://127.0.0.1:4000/icons/icon-192.png')], icons)).toBe(true);
    // Any other error is the page's own.
    expect(
      onlyIconFetchErrors(
        [icon('http://127.0.0.1:4000/icons/icon-192.png'), icon('http://127.0.0.1:4000/_astro/app.js')],
        icons,
      ),
    ).toBe(false);
    expect(
      onlyIconFetchErrors([{ source: 'javascript', url: 'http://127.0.0.1:4000/icons/icon-192.png' }], icons),
    ).toBe(false);
    expect(onlyIconFetchErrors([], icons)).toBe(false);
    expect(onlyIconFetchErrors([{ source: 'network', url: '' }], icons)).toBe(false);
  });

  it('a missed target fails in enforced categories, warns in others; a missing page fails', () => {
    const settings = {
      pages: [],
      performanceRuns: 1,
      targets: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
      enforced: ['accessibility' as const, 'best-practices' as const, 'seo' as const],
      totalBlockingTimeMs: 150,
    };
    const findings = judgeScores(
      [
        {
          path: '/',
          scores: { performance: 90, accessibility: 98, 'best-practices': 100, seo: 100 },
          lostPoints: {},
          totalBlockingTimeMs: 150,
        },
        {
          path: '/tra-cuu/',
          scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
          lostPoints: {},
          totalBlockingTimeMs: 151,
        },
        { path: '/x/', scores: {}, lostPoints: {}, error: 'page not built: /x/' },
      ],
      settings,
    );
    expect(findings).toEqual({
      failures: [
        'Lighthouse /: accessibility 98 is below 100',
        'Lighthouse /tra-cuu/: Total Blocking Time 151 ms is over 150 ms',
        'Lighthouse /x/: page not built: /x/',
      ],
      warnings: ['Lighthouse /: performance 90 is below 95'],
    });
  });

  it('marks scores below target and names pages that are not built', () => {
    const text = lighthouseTable(
      [
        {
          path: '/',
          scores: { performance: 93, accessibility: 100, 'best-practices': 100, seo: 100 },
          lostPoints: {},
          totalBlockingTimeMs: 240,
        },
        {
          path: '/thu-tuc/1.001193/',
          scores: {},
          lostPoints: {},
          error: 'page not built: /thu-tuc/1.001193/',
        },
      ],
      { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
      150,
    );
    expect(text).toMatch(/^\/\s+93 ✗\s+100\s+100\s+100\s+240 ms ✗$/m);
    expect(text).toContain('✗ page not built: /thu-tuc/1.001193/');
  });
});
