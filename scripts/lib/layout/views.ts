/**
 * The views a reviewer looks at for each kind of page, and the figures measured in them: phone
 * (320×640, the narrowest screen WCAG's reflow asks for; 390×844, a common phone), the same phone
 * with text at 200%, a desktop, and print.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { vi } from '../../../src/i18n/vi';
import { onePerKind, pageKindOf, type NotableProcedure } from '../built-site';
import { layoutProblems, measureLayout } from './measure';
import { setTextSize } from './reader-settings';

export const PHONE_SMALL = { width: 320, height: 640 };
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
/** An A4 sheet's printable width at 96 CSS pixels per inch, roughly. */
export const PRINT = { width: 794, height: 1123 };
/** Tall pages (the list of every agency) are cut here: enough to judge the layout. */
const MAX_SHOT_HEIGHT = 5000;

export interface Target {
  /** File-name stem and table label. */
  name: string;
  path: string;
  /** Waits until the page shows what it is for (the search island's results). */
  ready?: (page: Page) => Promise<void>;
}

export interface ViewFigures {
  name: string;
  path: string;
  /** document scrollWidth at 320×640, and with text at 200%. */
  width320: number;
  width320Text200: number;
  /** Top of the <h1> at 390×844. */
  h1Top390: number | null;
  /** Top of the first search result at 390×844, where the page has results. */
  firstResultTop390: number | null;
  problems: string[];
}

export function firstResult(page: Page) {
  return page.getByRole('region', { name: vi.searchPage.resultsHeading }).getByRole('listitem').first();
}

/** The search query whose results are measured: the "khai sinh". */
export const SEARCH_WITH_RESULTS = '/tra-cuu/?q=khai+sinh';

/** "/thu-tuc/1.001193/" → "thu-tuc-1.001193", "/" → "home". */
export function fileStem(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9.]+/gi, '-') || 'home';
}

/** On a page with a search query, waits for the search island's first result. */
export async function untilResults(page: Page): Promise<void> {
  if (new URL(page.url()).searchParams.has('q')) await firstResult(page).waitFor({ timeout: 15_000 });
}

/**
 * One page of each kind, the search page with results, and the notable procedures (the longest
 * name, the most documents or ways of submitting): the pages a reviewer looks at.
 */
export function viewTargets(
  urlPaths: readonly string[],
  notable: ReadonlyArray<NotableProcedure & { path: string }>,
): Target[] {
  const kinds = onePerKind(urlPaths).map((path) => ({ name: fileStem(path), path }));
  const seen = new Set<string>();
  const extremes = notable
    .filter((procedure) => !seen.has(procedure.why) && seen.add(procedure.why))
    .map((procedure) => ({ name: `${fileStem(procedure.path)}-${procedure.why}`, path: procedure.path }));
  const search: Target = {
    name: 'tra-cuu-khai-sinh',
    path: SEARCH_WITH_RESULTS,
    ready: untilResults,
  };
  return [...kinds, search, ...extremes].sort((a, b) => pageKindOf(a.path).localeCompare(pageKindOf(b.path)));
}

async function open(page: Page, origin: string, target: Target, viewport: typeof PHONE): Promise<void> {
  await page.setViewportSize(viewport);
  await page.goto(`${origin}${target.path}`);
  await target.ready?.(page);
}

async function shoot(page: Page, file: string, fullPage: boolean): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot(
    fullPage
      ? { path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SHOT_HEIGHT) } }
      : { path: file },
  );
}

/** Every view of one page: PNGs in `outDir`, figures returned. */
export async function captureViews(
  page: Page,
  origin: string,
  target: Target,
  outDir: string,
): Promise<ViewFigures> {
  const png = (view: string): string => join(outDir, `${target.name}-${view}.png`);

  await open(page, origin, target, PHONE_SMALL);
  const small = await measureLayout(page);
  await shoot(page, png('320'), true);
  await setTextSize(page, 200);
  const zoomed = await measureLayout(page);
  await shoot(page, png('320-text200'), true);

  await open(page, origin, target, PHONE);
  const phone = await measureLayout(page);
  const result = firstResult(page);
  const firstResultTop = (await result.count()) > 0 ? Math.round((await result.boundingBox())?.y ?? 0) : null;
  await shoot(page, png('390-first-screen'), false);

  await open(page, origin, target, DESKTOP);
  await shoot(page, png('1280'), true);

  await page.emulateMedia({ media: 'print' });
  await open(page, origin, target, PRINT);
  await shoot(page, png('print'), true);
  await page.emulateMedia({ media: 'screen' });

  return {
    name: target.name,
    path: target.path,
    width320: small.scrollWidth,
    width320Text200: zoomed.scrollWidth,
    h1Top390: phone.h1Top,
    firstResultTop390: firstResultTop,
    problems: [...layoutProblems(small), ...layoutProblems(zoomed).map((problem) => `text 200%: ${problem}`)],
  };
}
