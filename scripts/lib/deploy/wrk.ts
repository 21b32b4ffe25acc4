/**
 * A bounded load test with wrk (Debian package): a fixed number of seconds on loopback, cycling
 * through a list of URL paths, and the figures wrk prints, read into numbers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WRK, ensurePrograms } from './system-packages';

/** The longest load the tests may run, whatever LOAD_SECONDS says. */
export const MAX_LOAD_SECONDS = 30;

export interface LoadOptions {
  /** "http://127.0.0.1:8351": loopback only. */
  baseUrl: string;
  paths: string[];
  seconds: number;
  connections: number;
  threads: number;
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  transferPerSecond: string;
  latency: { average: string; max: string; p50: string; p90: string; p99: string };
  /** Connection, read, write and timeout errors. */
  socketErrors: number;
  /** Responses with a status outside 2xx and 3xx. */
  errorResponses: number;
}

export function runLoad(options: LoadOptions): LoadFigures {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(options.baseUrl)) {
    throw new Error(`Load tests run on loopback only, not ${options.baseUrl}.`);
  }
  const seconds = Math.min(Math.max(1, Math.round(options.seconds)), MAX_LOAD_SECONDS);
  const [wrk = 'wrk'] = ensurePrograms([WRK]);
  const work = mkdtempSync(join(tmpdir(), 'dvc-wrk-'));
  try {
    const script = join(work, 'paths.lua');
    writeFileSync(script, luaCyclingThrough(options.paths));
    const output = execFileSync(
      wrk,
      [
        `--threads=${options.threads}`,
        `--connections=${options.connections}`,
        `--duration=${seconds}s`,
        '--latency',
        `--script=${script}`,
        `${options.baseUrl}/`,
      ],
      { encoding: 'utf8', timeout: (seconds + 30) * 1000 },
    );
    return parseWrkOutput(output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A wrk script that requests the paths in turn, asking for gzip as browsers do. */
export function luaCyclingThrough(paths: string[]): string {
  if (paths.length === 0) throw new Error('The load test needs at least one path.');
  const list = paths.map((path) => JSON.stringify(path)).join(', ');
  return [
    `local paths = { ${list} }`,
    'local index = 0',
    'request = function()',
    '  index = index % #paths + 1',
    '  return wrk.format("GET", paths[index], { ["Accept-Encoding"] = "gzip" })',
    'end',
    '',
  ].join('\n');
}

export function parseWrkOutput(output: string): LoadFigures {
  const find = (pattern: RegExp, what: string): RegExpExecArray => {
    const match = pattern.exec(output);
    if (match === null) throw new Error(`wrk output has no ${what}:\n${output}`);
    return match;
  };
  const total = find(/(\d+) requests in ([\d.]+)(ms|s|m)/, 'request count');
  const latency = find(/Latency\s+(\S+)\s+\S+\s+(\S+)/, 'latency line');
  const percentile = (p: number): string =>
    find(new RegExp(`^\\s+${p}%\\s+(\\S+)\\s*$`, 'm'), `${p}% latency`)[1] ?? '';
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const durationUnit = { ms: 0.001, s: 1, m: 60 }[total[3] as 'ms' | 's' | 'm'];
  return {
    requests: Number(total[1]),
    seconds: Number(total[2]) * durationUnit,
    requestsPerSecond: Number(find(/Requests\/sec:\s+([\d.]+)/, 'requests per second')[1]),
    transferPerSecond: find(/Transfer\/sec:\s+(\S+)/, 'transfer rate')[1] ?? '',
    latency: {
      average: latency[1] ?? '',
      max: latency[2] ?? '',
      p50: percentile(50),
      p90: percentile(90),
      p99: percentile(99),
    },
    socketErrors: socket === null ? 0 : socket.slice(1).reduce((sum, count) => sum + Number(count), 0),
    errorResponses: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
  };
}
