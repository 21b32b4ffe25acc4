/**
 * `npm test`: every check, in the order a change can break them, stopping at the first that
 * fails, then the time each step took (so a slow step is seen the day it becomes slow).
 *
 * Each step is an npm script of its own, to run alone while working on it.
 */
import { spawnSync } from 'node:child_process';
import { formatSeconds, stepTable, type StepTime } from './lib/test-steps';

const STEPS = [
  'typecheck', // types of the site, the scripts and the tests
  'check', // the editors' content, as `npm run check` reports it
  'test:unit', // pure code: src/lib, scripts/lib
  'test:build', // scratch builds of small projects: content errors, pictures, hostile names
  'build', // the real site, once, into dist/
  'test:site', // checks over dist/
  'test:e2e', // the built site in Chromium
  'test:server', // dist/ served by nginx with the shipped configuration
  'audit', // page weights, HTML validity, Lighthouse
];

function main(): number {
  const times: StepTime[] = [];
  for (const step of STEPS) {
    const started = process.hrtime.bigint();
    const result = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const passed = result.status === 0;
    times.push({ step, seconds, passed });
    if (!passed) {
      console.log(`\n${stepTable(times)}\n\nnpm test failed at "${step}".`);
      return result.status ?? 1;
    }
  }
  const total = times.reduce((sum, time) => sum + time.seconds, 0);
  console.log(`\n${stepTable(times)}\n\nEvery step passed in ${formatSeconds(total)}.`);
  return 0;
}

process.exit(main());
