/**
 * `npm test`: every check, built once and served once.
 *
 *   1. Two lanes side by side, one per core. One builds the site and the fixture site, checks the
 *      built files and runs the scratch builds, then starts nginx (the shipped configuration) and
 *      runs the server tests; the other checks the types, the content and the pure code.
 *   2. With both cores free, the browser tests and Lighthouse (two pages) use the same nginx.
 * A failed build or check stops what needs it; the server, browser and Lighthouse steps are
 * independent and all run once the sites are built. It prints the time of each step (so a slow
 * step is seen the day it becomes slow) and how many builds the whole run costs. Each step is an
 * npm script of its own, to run alone while working on it; `npm run audit` is the full release
 * audit.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSites, testSitesEnv } from './lib/deploy/test-sites';
import { formatSeconds, stepTable, type StepTime } from './lib/test-steps';

const LOGS = 'tmp/test-logs';

// The first lane builds the real site into dist/ and the fixture site of named cases, checks the
// built files, runs the scratch builds of broken content, then starts nginx and runs the server
// tests while the second lane checks types, content and pure code.
const BUILD_LANE = ['build', 'build:fixture', 'test:site', 'test:build'];
const SERVER_STEPS = ['test:server'];
const CHECK_LANE = ['typecheck', 'check', 'test:unit'];
// `astro check` syncs the content collections into the same cache as `astro build`: run side by
// side, both renamed node_modules/.astro/data-store.json.tmp and one failed (ENOENT) after a
// content change. The check lane keeps a cache of its own.
const CHECK_LANE_ENV = { ASTRO_CACHE_DIR: './node_modules/.astro-check' };
// Then, with both cores free, the browser steps against the same nginx.
const BROWSER_STEPS = ['test:e2e', 'test:lighthouse'];

/** Runs `npm run <step>`: its output to a log file (printed when it fails) or straight through. */
function runStep(step: string, env: Record<string, string>, quiet: boolean): Promise<StepTime> {
  const started = process.hrtime.bigint();
  const log = join(LOGS, `${step.replace(':', '-')}.log`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step], {
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const passed = code === 0;
      if (quiet) {
        writeFileSync(log, Buffer.concat(chunks));
        if (!passed) process.stdout.write(readFileSync(log));
      }
      console.log(
        `${passed ? 'passed' : 'FAILED'}  ${step}  ${formatSeconds(seconds)}${quiet ? `  (output: ${log})` : ''}`,
      );
      resolve({ step, seconds, passed });
    });
  });
}

async function lane(steps: string[], times: StepTime[], env: Record<string, string> = {}): Promise<boolean> {
  for (const step of steps) {
    const time = await runStep(step, env, true);
    times.push(time);
    if (!time.passed) return false;
  }
  return true;
}

/** Runs the served steps one after another, each even when one before failed: they are independent. */
async function served(steps: string[], env: Record<string, string>, times: StepTime[]): Promise<boolean> {
  let passed = true;
  for (const step of steps) {
    const time = await runStep(step, env, false);
    times.push(time);
    passed &&= time.passed;
  }
  return passed;
}

function summary(times: StepTime[], wall: number): string {
  const build = times.find((time) => time.step === 'build')?.seconds;
  const ratio = build ? `, ${(wall / build).toFixed(1)} times the ${formatSeconds(build)} build` : '';
  return `${stepTable(times)}\n\nWall time ${formatSeconds(wall)}${ratio}.`;
}

async function main(): Promise<number> {
  mkdirSync(LOGS, { recursive: true });
  const started = process.hrtime.bigint();
  const wall = () => Number(process.hrtime.bigint() - started) / 1e9;
  const times: StepTime[] = [];
  let sites: Awaited<ReturnType<typeof startTestSites>> | undefined;
  let passed = false;
  try {
    const buildLane = async () => {
      const built = await lane(BUILD_LANE, times);
      if (!built) return { built, server: false };
      sites = await startTestSites();
      return { built, server: await lane(SERVER_STEPS, times, testSitesEnv(sites.urls)) };
    };
    const [{ built, server }, checked] = await Promise.all([
      buildLane(),
      lane(CHECK_LANE, times, CHECK_LANE_ENV),
    ]);
    const browser =
      built && checked && sites ? await served(BROWSER_STEPS, testSitesEnv(sites.urls), times) : false;
    passed = built && checked && server && browser;
  } finally {
    await sites?.stop();
  }
  console.log(`\n${summary(times, wall())}\n\n${passed ? 'Every step passed.' : 'npm test failed.'}`);
  return passed ? 0 : 1;
}

process.exit(await main());
