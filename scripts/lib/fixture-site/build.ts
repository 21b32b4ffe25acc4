/**
 * The fixture site: the real content built on a small catalogue made for the template's tests, in
 * a copy of the project under tmp/. The catalogue holds the named cases (cases.ts), a small spread
 * of synthetic procedures made as `npm run synthetic` makes its thousands (so that recipe is built
 * in every test run), and the real procedures the content names. A news item with a picture is
 * added, so the picture pipeline is built too. Built once per test run; browser tests visit it
 * beside the real site.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { catalogueSchema, type Catalogue } from '../../../src/lib/catalogue/schema';
import { withContentProcedures } from '../synthetic/content-procedures';
import { syntheticCatalogue } from '../synthetic/generate';
import { NAMED_CASES } from './cases';

/** Where the fixture project is copied and built: tmp/ is ignored by git. */
export const FIXTURE_PROJECT = resolve('tmp/fixture-site');
export const FIXTURE_DIST = join(FIXTURE_PROJECT, 'dist');
/** The day the fixture site is built "on", so dated facts (a lapsed fee) read the same every run. */
export const FIXTURE_DAY = '2026-12-06';
/** Synthetic procedures beside the named cases: enough for every list, filter and page of a list. */
const SYNTHETIC = 40;

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];
const NOT_COPIED = new Set([resolve('content/catalogue/sources')]);

export function fixtureCatalogue(root = '.'): Catalogue {
  const synthetic = syntheticCatalogue(SYNTHETIC);
  const withCases = { ...synthetic, procedures: [...synthetic.procedures, ...NAMED_CASES.map((c) => c.procedure)] };
  return catalogueSchema.parse(withContentProcedures(withCases, root));
}

/** A news item with a picture as an editor uploads it (2000×1200 JPEG), for the picture pipeline. */
async function addNewsWithPicture(dir: string): Promise<void> {
  await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#3a6f9a' } })
    .jpeg()
    .toFile(join(dir, 'content/news/anh-thu.jpg'));
  writeFileSync(
    join(dir, 'content/news/tin-co-anh.md'),
    [
      '---',
      'title: Tin thử có ảnh',
      'description: Tin dùng để kiểm tra đường xử lý ảnh của trang.',
      'date: 2026-11-26',
      'reviewBy: 2027-05-26',
      'image: ./anh-thu.jpg',
      'imageAlt: Một mảng màu xanh dùng để thử',
      'sources:',
      '  - title: Nguồn thử',
      '    url: https://example.org/',
      '---',
      '',
      'Nội dung thử.',
      '',
    ].join('\n'),
  );
}

export async function buildFixtureSite(): Promise<{ procedures: number }> {
  rmSync(FIXTURE_PROJECT, { recursive: true, force: true });
  mkdirSync(FIXTURE_PROJECT, { recursive: true });
  for (const entry of PROJECT_FILES) {
    cpSync(resolve(entry), join(FIXTURE_PROJECT, entry), {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(source),
    });
  }
  if (!existsSync(join(FIXTURE_PROJECT, 'node_modules'))) symlinkSync(resolve('node_modules'), join(FIXTURE_PROJECT, 'node_modules'));
  const catalogue = fixtureCatalogue();
  writeFileSync(join(FIXTURE_PROJECT, 'fixture-catalogue.json'), JSON.stringify(catalogue));
  await addNewsWithPicture(FIXTURE_PROJECT);
  await promisify(execFile)(process.execPath, [resolve('node_modules/astro/astro.js'), 'build'], {
    cwd: FIXTURE_PROJECT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      CATALOGUE_FILE: './fixture-catalogue.json',
      BUILD_DAY: FIXTURE_DAY,
      // Its own cache: node_modules is shared with the project, which may be building beside it.
      ASTRO_CACHE_DIR: './.astro-cache',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { procedures: catalogue.procedures.length };
}
