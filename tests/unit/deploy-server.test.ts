import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_CONFIG, mainConfig, renderServerBlock } from '../../scripts/lib/deploy/nginx';
import { luaCyclingThrough, parseWrkOutput } from '../../scripts/lib/deploy/wrk';

describe('serving the shipped nginx configuration', () => {
  const shipped = readFileSync(SERVER_CONFIG, 'utf8');

  it('replaces only the listen and root lines, with a loopback port', () => {
    const rendered = renderServerBlock(shipped, { root: '/tmp/dist', port: 8351 });
    expect(rendered).toMatch(/^\s*listen 127\.0\.0\.1:8351;$/m);
    expect(rendered).toMatch(/^\s*root "\/tmp\/dist";$/m);
    const active = rendered.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(active.join('\n')).not.toMatch(/listen 80;|\/var\/www/);
    const unchanged = (text: string): string[] =>
      text.split('\n').filter((line) => !/^\s*(listen|root)\s/.test(line));
    expect(unchanged(rendered)).toEqual(unchanged(shipped));
  });

  it('refuses a configuration whose listen or root it cannot find exactly once', () => {
    expect(() => renderServerBlock('server {\n  listen 80;\n}', { root: '/x', port: 1 })).toThrow(
      /one active "root" directive, found 0/,
    );
    expect(() =>
      renderServerBlock('server {\n  listen 80;\n  listen 443;\n  root /x;\n}', { root: '/x', port: 1 }),
    ).toThrow(/found 2/);
  });

  it('keeps every file of the throwaway server in its own folder', () => {
    const conf = mainConfig('/tmp/w', '/etc/nginx/mime.types', ['/tmp/w/site-0.conf']);
    expect(conf).toContain('pid "/tmp/w/nginx.pid";');
    expect(conf).toContain('error_log "/tmp/w/error.log" warn;');
    expect(conf).toContain('client_body_temp_path "/tmp/w/client_body_temp";');
    expect(conf).toContain('include "/tmp/w/site-0.conf";');
  });
});

describe('the load test', () => {
  it('cycles through the paths and asks for gzip', () => {
    const lua = luaCyclingThrough(['/', '/tra-cuu/']);
    expect(lua).toContain('local paths = { "/", "/tra-cuu/" }');
    expect(lua).toContain('["Accept-Encoding"] = "gzip"');
    expect(() => luaCyclingThrough([])).toThrow(/at least one path/);
  });

  it('reads the figures wrk prints, errors included', () => {
    const output = `Running 2s test @ http://127.0.0.1:8353/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.60ms    3.86ms  42.42ms   94.40%
    Req/Sec     5.41k     2.13k    8.84k    55.00%
  Latency Distribution
     50%  619.00us
     75%    0.87ms
     90%    3.17ms
     99%   23.51ms
  21590 requests in 2.04s, 296.84MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 7
Requests/sec:  10590.92
Transfer/sec:    145.62MB
`;
    expect(parseWrkOutput(output)).toEqual({
      requests: 21590,
      seconds: 2.04,
      requestsPerSecond: 10590.92,
      transferPerSecond: '145.62MB',
      latency: { average: '1.60ms', max: '42.42ms', p50: '619.00us', p90: '3.17ms', p99: '23.51ms' },
      socketErrors: 3,
      errorResponses: 7,
    });
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(
      /no request count/,
    );
  });
});
