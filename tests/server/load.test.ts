/**
 * A bounded load on nginx serving dist/ with the shipped configuration: LOAD_SECONDS (default 10,
 * at most 30) of wrk on loopback, cycling through the audited pages and a stylesheet. It prints the
 * figures and fails only on errors: the rate depends on the machine, so it is reported, not judged.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { runLoad } from '../../scripts/lib/deploy/wrk';
import { DIST, pagesToAudit } from '../support/built-pages';

const site = inject('siteUrl');
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const stylesheets = readdirSync(join(DIST, '_astro'))
  .filter((name) => name.endsWith('.css'))
  .map((name) => `/_astro/${name}`);

it(`serves ${seconds} s of load with no error`, { timeout: 90_000 }, () => {
  const paths = [...pagesToAudit(), ...stylesheets];
  const figures = runLoad({ baseUrl: site, paths, seconds, connections: 32, threads: 2 });
  console.log(
    [
      `nginx load (wrk, 2 threads, 32 connections, ${figures.seconds.toFixed(1)} s, ${paths.length} paths, gzip):`,
      `  ${figures.requestsPerSecond.toFixed(0)} requests/s, ${figures.requests} requests, ${figures.transferPerSecond}/s`,
      `  latency average ${figures.latency.average}, p50 ${figures.latency.p50}, p90 ${figures.latency.p90}, ` +
        `p99 ${figures.latency.p99}, max ${figures.latency.max}`,
      `  errors: ${figures.socketErrors} socket, ${figures.errorResponses} responses outside 2xx/3xx`,
    ].join('\n'),
  );
  expect(figures.requests).toBeGreaterThan(0);
  expect(figures.socketErrors).toBe(0);
  expect(figures.errorResponses).toBe(0);
});
