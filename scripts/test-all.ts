/**
 * `npm test`: every check, built once and served once.
 *
 *   1. Two lanes side by side, one per core: the site and the fixture site are built, their files
 *      checked and the scratch builds run, while the types, the content and the unit tests are
 *      checked.
 *   2. nginx serves the built sites once, with the shipped configuration; the browser tests, the
 *      server tests and Lighthouse (two pages) all use that one server.
 * It stops at the first build or check that fails (what follows needs it), but runs every served
 * step even when one fails, since they are independent and the server is already up; then it prints the time of each step (so a slow step is seen
 * the day it becomes slow) and how many builds the whole run costs. Each step is an npm script of
 * its own, to run alone while working on it; `npm run audit` is the full release audit.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSites, testSitesEnv } from './lib/deploy/test-sites';
import { formatSeconds, stepTable, type StepTime } from './lib/test-steps';

const LOGS = 'tmp/test-logs';

const LANES = [
  // the real site into dist/, the fixture site of named cases, the checks over the built files,
  // then the scratch builds of broken content
  ['build', 'build:fixture', 'test:site', 'test:build'],
  ['typecheck', 'check', 'test:unit'], // types, content, pure code
];
const SERVED = ['test:e2e', 'test:server', 'test:lighthouse'];

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
      console.log(`${passed ? 'passed' : 'FAILED'}  ${step}  ${formatSeconds(seconds)}${quiet ? `  (output: ${log})` : ''}`);
      resolve({ step, seconds, passed });
    });
  });
}

async function lane(steps: string[], times: StepTime[]): Promise<boolean> {
  for (const step of steps) {
    const time = await runStep(step, {}, true);
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
  const lanes = await Promise.all(LANES.map((steps) => lane(steps, times)));
  let passed = lanes.every(Boolean);
  if (passed) {
    const sites = await startTestSites();
    try {
      passed = await served(SERVED, testSitesEnv(sites.urls), times);
    } finally {
      await sites.stop();
    }
  }
  console.log(`\n${summary(times, wall())}\n\n${passed ? 'Every step passed.' : 'npm test failed.'}`);
  return passed ? 0 : 1;
}

process.exit(await main());
