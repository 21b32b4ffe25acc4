/**
 * Screenshots and layout figures of every kind of page, so a reviewer can judge the site on a
 * phone without a browser of their own.
 *
 *   npm run build && npm run screenshots            writes tmp/screenshots/, prints the figures
 *   npm run screenshots -- --dist other-dist --out tmp/other
 *   npm run screenshots -- --page /thu-tuc/ --page '/tra-cuu/?q=ho+chieu'    only these pages
 *
 * For each page: <page>-320.png (the whole page at 320×640), <page>-320-text200.png (the same with
 * text at 200%), <page>-390-first-screen.png (what a 390×844 phone shows first), <page>-1280.png
 * (desktop) and <page>-print.png (print emulation); tall pages are cut at 5,000 px. The table gives
 * the page's width at 320 px (wider than 320 means it scrolls sideways), the same at 200% text,
 * the heading's top at 390×844, and HTML and CSS gzip weights.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from './lib/audit/report';
import { formatKb } from './lib/audit/format';
import { measureWeights } from './lib/audit/weights';
import { builtHtmlFiles, notableProcedurePages, urlPathOf } from './lib/built-site';
import { builtCatalogueFile } from './lib/data-files';
import { launchChromium } from './lib/chromium';
import { ORIGIN, serveDist } from './lib/layout/dist-routes';
import { captureViews, fileStem, untilResults, viewTargets, type ViewFigures } from './lib/layout/views';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'tmp/screenshots' },
    page: { type: 'string', multiple: true },
  },
});
const dist = resolve(values.dist);
const outDir = resolve(values.out);

function figuresTable(rows: ViewFigures[]): string {
  const weights = new Map(
    measureWeights(
      dist,
      rows.map((row) => row.path.replace(/\?.*$/, '')),
    ).map((weight) => [weight.path, weight]),
  );
  return table(
    ['page', 'width @320', 'width @320, text 200%', 'h1 top @390×844', 'HTML gzip', 'CSS gzip'],
    rows.map((row) => {
      const weight = weights.get(row.path.replace(/\?.*$/, ''));
      return [
        row.path,
        `${row.width320}`,
        `${row.width320Text200}`,
        row.h1Top390 === null ? '–' : `${row.h1Top390}`,
        weight ? formatKb(weight.html.gzip) : '–',
        weight ? formatKb(weight.css.gzip) : '–',
      ];
    }),
  );
}

async function main(): Promise<void> {
  const targets = values.page
    ? values.page.map((path) => ({ name: fileStem(path), path, ready: untilResults }))
    : viewTargets(
        builtHtmlFiles(dist).map(urlPathOf),
        notableProcedurePages(builtCatalogueFile(process.cwd())),
      );
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const rows: ViewFigures[] = [];
  try {
    const context = await browser.newContext();
    await serveDist(context, dist);
    const page = await context.newPage();
    for (const target of targets) {
      rows.push(await captureViews(page, ORIGIN, target, outDir));
      process.stdout.write('.');
    }
  } finally {
    await browser.close();
  }
  console.log(`\n\n${figuresTable(rows)}\n`);
  for (const row of rows.filter((row) => row.firstResultTop390 !== null)) {
    console.log(
      `${row.path}: first result starts ${row.firstResultTop390} px down at 390×844 (screen 844 px).`,
    );
  }
  const problems = rows.flatMap((row) => row.problems.map((problem) => `  ${row.path}: ${problem}`));
  if (problems.length > 0) console.log(['\nLayout problems:', ...problems].join('\n'));
  console.log(`\n${rows.length} pages, PNGs in ${outDir}`);
}

await main();
