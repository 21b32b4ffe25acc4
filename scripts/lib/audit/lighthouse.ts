/**
 * Lighthouse (mobile emulation, simulated slow 4G and CPU) on pages served by nginx with the
 * shipped configuration, so scores include the real headers, compression and caching.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from '../deploy/nginx';
import { LIGHTHOUSE_CATEGORIES, type LighthouseCategory } from './config';
import { missingPages } from '../built-site';
import { chromiumPath } from '../chromium';
import { median, onlyIconFetchErrors, type ConsoleErrorItem } from './scores';
import { APP_ICONS, ICONS_PATH } from '../../../src/lib/app/manifest';

/** The manifest's icons, which Chromium fetches on its own to judge whether the site installs. */
const iconPaths: ReadonlySet<string> = new Set(APP_ICONS.map((icon) => `${ICONS_PATH}${icon.file}`));

export interface LighthouseResult {
  path: string;
  /** 0–100 per category; empty when the page could not be audited. */
  scores: Partial<Record<LighthouseCategory, number>>;
  /** Audits that cost points, per category ("Image elements have [alt] attributes"). */
  lostPoints: Partial<Record<LighthouseCategory, string[]>>;
  /** Why the page has no scores ("page not built: …"). */
  error?: string;
  /** Total Blocking Time in ms, the median of the performance runs. */
  totalBlockingTimeMs?: number;
  /** Lighthouse's own code for the error ("NO_NAVSTART"), to tell a tool failure from the page's. */
  errorCode?: string;
  /** The only console errors were Chromium's own fetches of the manifest's icons failing. */
  onlyIconFetchErrors?: boolean;
  report?: string;
}

export interface LighthouseOptions {
  dist: string;
  paths: string[];
  performanceRuns: number;
  reportDir: string;
  /** A server already serving `dist` with the shipped configuration (npm test's); one is started otherwise. */
  origin?: string;
}

export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseResult[]> {
  const { dist, paths, reportDir } = options;
  const missing = new Set(missingPages(dist, paths));
  const built = paths.filter((path) => !missing.has(path));
  const results = new Map<string, LighthouseResult>(
    [...missing].map((path) => [
      path,
      { path, scores: {}, lostPoints: {}, error: `page not built: ${path} (no ${dist}${path}index.html)` },
    ]),
  );
  if (built.length > 0) {
    mkdirSync(reportDir, { recursive: true });
    const port = Number(process.env.AUDIT_PORT ?? 0);
    const server = options.origin
      ? { urls: [options.origin], stop: async () => {} }
      : await startNginx([{ root: dist, ...(port > 0 ? { port } : {}) }]);
    const chromePath = chromiumPath();
    const chrome = await chromeLauncher.launch({
      ...(chromePath === undefined ? {} : { chromePath }),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const origin = server.urls[0] ?? '';
      const run = { port: chrome.port, blankPage: `${origin}${BLANK_PAGE}` };
      // A fresh Chromium's first run also measures its own start-up: run once, unrecorded.
      await performanceRuns(`${origin}${BLANK_PAGE}`, run, 1);
      for (const path of built) {
        const url = `${origin}${path}`;
        const result = await auditPageRetryingTraceFailures(url, path, run, reportDir);
        if (result.scores.performance !== undefined && options.performanceRuns > 1) {
          const more = await performanceRuns(url, run, options.performanceRuns - 1);
          result.scores.performance = median([result.scores.performance, ...more.map((run) => run.score)]);
          if (result.totalBlockingTimeMs !== undefined) {
            const times = more.flatMap((run) => (run.tbt === undefined ? [] : [run.tbt]));
            result.totalBlockingTimeMs = median([result.totalBlockingTimeMs, ...times]);
          }
        }
        results.set(path, result);
      }
    } finally {
      chrome.kill();
      await server.stop();
    }
  }
  return paths.map((path) => results.get(path) ?? { path, scores: {}, lostPoints: {}, error: 'not run' });
}

/**
 * Where Lighthouse waits between runs. Its default, about:blank, is another origin: arriving
 * from it, Chromium starts a new process for the site's Cross-Origin-Opener-Policy header, and
 * Lighthouse counts that start-up as the page's blocking time (home page 176–300 ms with the
 * header, 0–20 ms without, on the 2-core machine). Waiting on the site's own 404 page, which
 * carries the same headers, measures what the page itself costs, as a visitor moving between the
 * site's pages meets it. The header stays: it is the deployed configuration.
 */
const BLANK_PAGE = '/404.html';

interface RunOptions {
  port: number;
  blankPage: string;
}

/**
 * Lighthouse sometimes fails to record Chromium's trace on a busy machine (NO_NAVSTART and its
 * kin): that says nothing about the page, so the page is audited again, up to three times, and
 * the retry is printed. Any other runtime error is the page's and is reported at once.
 */
const TRACE_FAILURES = new Set([
  'NO_NAVSTART',
  'NO_TRACING_STARTED',
  'TRACING_ALREADY_STARTED',
  'PROTOCOL_TIMEOUT',
]);
const ATTEMPTS = 3;

async function auditPageRetryingTraceFailures(
  url: string,
  path: string,
  run: RunOptions,
  reportDir: string,
): Promise<LighthouseResult> {
  let result = await auditPage(url, path, run, reportDir);
  for (let attempt = 2; attempt <= ATTEMPTS && isTraceFailure(result); attempt++) {
    console.log(`  Lighthouse ${path}: ${result.error ?? ''}; trying again (${attempt} of ${ATTEMPTS})`);
    result = await auditPage(url, path, run, reportDir);
  }
  if (result.onlyIconFetchErrors) {
    // Chromium fetches the manifest's icons by itself once the page has loaded (no Lighthouse
    // audit asks for them), and that fetch now and then fails inside the audit (net::ERR_INVALID_ARGUMENT on a 200 icon;
    // GoogleChrome/lighthouse#12543): once, in a CI run on 2026-12-06, never in seven runs here.
    // A missing or broken icon fails again, and the browser tests check the icons and the manifest.
    console.log(`  Lighthouse ${path}: Chromium's own fetch of a manifest icon failed; trying again once`);
    result = await auditPage(url, path, run, reportDir);
  }
  return result;
}

function isTraceFailure(result: LighthouseResult): boolean {
  return result.errorCode !== undefined && TRACE_FAILURES.has(result.errorCode);
}

async function auditPage(
  url: string,
  path: string,
  { port, blankPage }: RunOptions,
  reportDir: string,
): Promise<LighthouseResult> {
  const runnerResult = await lighthouse(url, {
    port,
    blankPage,
    output: 'html',
    logLevel: 'error',
    formFactor: 'mobile',
    onlyCategories: [...LIGHTHOUSE_CATEGORIES],
  });
  if (runnerResult === undefined)
    return { path, scores: {}, lostPoints: {}, error: 'Lighthouse returned nothing' };
  const { lhr } = runnerResult;
  if (lhr.runtimeError) {
    const { message, code } = lhr.runtimeError;
    return { path, scores: {}, lostPoints: {}, error: message, errorCode: code };
  }

  const report = join(reportDir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.html`);
  writeFileSync(report, String(runnerResult.report));
  const scores: LighthouseResult['scores'] = {};
  const lostPoints: LighthouseResult['lostPoints'] = {};
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const result = lhr.categories[category];
    if (result?.score === null || result === undefined) continue;
    scores[category] = Math.round(result.score * 100);
    lostPoints[category] = result.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit?.title ?? ''} (${audit?.id ?? ''})`);
  }
  const tbt = totalBlockingTime(lhr);
  const consoleErrors = (
    lhr.audits['errors-in-console']?.details as { items?: ConsoleErrorItem[] } | undefined
  )?.items;
  return {
    path,
    scores,
    lostPoints,
    report,
    ...(tbt === undefined ? {} : { totalBlockingTimeMs: tbt }),
    ...(consoleErrors && onlyIconFetchErrors(consoleErrors, iconPaths) ? { onlyIconFetchErrors: true } : {}),
  };
}

function totalBlockingTime(lhr: {
  audits: Record<string, { numericValue?: number } | undefined>;
}): number | undefined {
  const value = lhr.audits['total-blocking-time']?.numericValue;
  return value === undefined ? undefined : Math.round(value);
}

async function performanceRuns(
  url: string,
  { port, blankPage }: RunOptions,
  runs: number,
): Promise<{ score: number; tbt?: number }[]> {
  const results: { score: number; tbt?: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(url, {
      port,
      blankPage,
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: ['performance'],
    });
    const score = result?.lhr.categories['performance']?.score;
    if (typeof score !== 'number' || result === undefined) continue;
    const tbt = totalBlockingTime(result.lhr);
    results.push({ score: Math.round(score * 100), ...(tbt === undefined ? {} : { tbt }) });
  }
  return results;
}
