/**
 * A hostile import, built for real on a scratch copy with a small catalogue (CATALOGUE_FILE): a
 * procedure whose name is one unbroken 5,000-character string, with long unbroken applicants,
 * decision and method note. Neither its page nor the pages that list it (its field, the related
 * list on its neighbour's page, the lists by tier and method, the search results) may scroll
 * sideways on a 320 px phone, at normal or 200% text size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { ORIGIN, serveDist } from '../../scripts/lib/layout/dist-routes';
import { layoutProblems, measureLayout } from '../../scripts/lib/layout/measure';
import { setTextSize } from '../../scripts/lib/layout/reader-settings';
import { PHONE_SMALL, firstResult } from '../../scripts/lib/layout/views';
import type { Catalogue, Procedure } from '../../src/lib/catalogue/schema';
import { browsePaths, procedurePath } from '../../src/lib/navigation';
import { aProcedure } from '../support/procedure';
import { PROJECT_ROOT, scratchProject, smallCatalogue } from '../support/scratch-project';

/** Vietnamese letters with no space or hyphen to break at: 20 characters, 250 times. */
const UNBROKEN_NAME = 'Thủtụcđăngkýkhaisinh'.repeat(250);
const HOSTILE_CODE = '2.999999';
const NEIGHBOUR = '1.001193';

function hostileCatalogue(): Catalogue {
  const real = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'content/catalogue/services.json'), 'utf8'),
  ) as Catalogue;
  // The field of the neighbour, so the hostile name appears in its "related procedures" list,
  // and the procedures the content names (life events, top tasks), so the content still builds.
  const named = new Set(smallCatalogue().procedures.map((procedure) => procedure.code));
  const field = real.procedures.filter(
    (procedure) => procedure.field === 'Hộ tịch' || named.has(procedure.code),
  );
  const hostile: Procedure = aProcedure({
    code: HOSTILE_CODE,
    name: UNBROKEN_NAME,
    tiers: ['tinh', 'xa'],
    applicants: ['Côngdân'.repeat(100)],
    decision: `1234/QĐ-${'UBND'.repeat(100)}`,
    methods: [
      { kind: 'truc-tuyen', description: 'Ghichú'.repeat(300) },
      { kind: 'buu-chinh', fee: { text: `${'50.000'.repeat(50)}đ` } },
    ],
  });
  return { ...real, procedures: [...field, hostile].sort((a, b) => a.code.localeCompare(b.code)) };
}

describe('a procedure with a 5,000-character unbroken name', () => {
  const project = scratchProject('dvc-hostile-');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(join(project.dir, 'hostile.json'), JSON.stringify(hostileCatalogue()));
    await project.astro(['build'], { CATALOGUE_FILE: './hostile.json' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: PHONE_SMALL });
    await serveDist(context, join(project.dir, 'dist'));
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    project.cleanUp();
  });

  async function problemsAt320(path: string): Promise<string[]> {
    await page.goto(`${ORIGIN}${path}`);
    if (path.includes('?q=')) await firstResult(page).waitFor();
    const normal = layoutProblems(await measureLayout(page));
    await setTextSize(page, 200);
    const zoomed = layoutProblems(await measureLayout(page)).map((problem) => `text 200%: ${problem}`);
    await setTextSize(page, 100);
    return [...normal, ...zoomed];
  }

  it.each([
    ['its own page', procedurePath(HOSTILE_CODE)],
    ['its neighbour, which lists it as related', procedurePath(NEIGHBOUR)],
    ['the list of its field', browsePaths.field('tu-phap', 'ho-tich')],
    ['the list by tier', browsePaths.tier('tinh')],
    ['the list by method', browsePaths.method('buu-chinh')],
    ['the search results', `/tra-cuu/?q=${UNBROKEN_NAME.slice(0, 40)}`],
  ])('does not widen %s (%s) at 320 px', async (_, path) => {
    expect(await problemsAt320(path)).toEqual([]);
  });

  it('keeps the whole name in the heading: it wraps, it is never shortened', async () => {
    await page.goto(`${ORIGIN}${procedurePath(HOSTILE_CODE)}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(UNBROKEN_NAME);
  });
});
