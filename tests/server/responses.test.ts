/**
 * The shipped nginx configuration serving dist/: status codes, the 404 page, redirects, security
 * and cache headers, compression. nginx is started by global-setup.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { CACHE_CONTROL, EDITOR_HEADERS, FIXED_FILES, PICTURE_HEADERS, SECURITY_HEADERS } from '../../scripts/lib/deploy/headers';
import { vi } from '../../src/i18n/vi';
import { DIST, pagesToAudit } from '../support/built-pages';
import { get } from './http';

const site = inject('siteUrl');
const fixtures = inject('filesUrl');
const GZIP = { 'Accept-Encoding': 'gzip' };

/** A stylesheet Astro built, with its hashed name. */
const asset = `/_astro/${readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.css'))}`;

describe('status codes', () => {
  it.each(pagesToAudit())('%s answers 200 with an HTML page in UTF-8', async (path) => {
    const response = await get(`${site}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('an unknown address answers 404 with the Vietnamese "page not found" page', async () => {
    const response = await get(`${site}/trang-khong-co-that/`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const body = response.body.toString('utf8');
    expect(body).toContain(`<h1>${vi.notFound.title}</h1>`);
    expect(body).toContain('<html lang="vi">');
  });

  it('a missing asset answers 404 too, never the home page (no single-page-app fallback)', async () => {
    const response = await get(`${site}/_astro/khong-co.abc123.js`);
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toContain(vi.notFound.title);
  });

  it('a section address without its final slash redirects to the real one, query kept', async () => {
    const plain = await get(`${site}/huong-dan`);
    expect(plain.status).toBe(301);
    // Relative, so it stays right behind a proxy or TLS terminator.
    expect(plain.headers['location']).toBe('/huong-dan/');
    const search = await get(`${site}/tra-cuu?q=khai+sinh`);
    expect(search.status).toBe(301);
    expect(search.headers['location']).toBe('/tra-cuu/?q=khai+sinh');
  });

  it('the _headers file for other hosts is not served', async () => {
    expect((await get(`${site}/_headers`)).status).toBe(404);
  });

  it('a page that has not changed is revalidated with a 304 and no body', async () => {
    const first = await get(`${site}/`);
    const etag = first.headers['etag'] ?? '';
    expect(etag).not.toBe('');
    const again = await get(`${site}/`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('security headers', () => {
  const responses: Array<[string, string, number]> = [
    ['a page', '/', 200],
    ['a built asset', asset, 200],
    ['the favicon', '/favicon.svg', 200],
    ['the 404 page', '/trang-khong-co-that/', 404],
    ['a redirect', '/huong-dan', 301],
  ];

  it.each(responses)('%s (%s) carries every security header', async (_, path, status) => {
    const response = await get(`${site}${path}`);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // A picture carries a second, stricter policy after the common one (both are enforced).
      const sent = response.headers[name.toLowerCase()] ?? '';
      expect(sent === value || sent.startsWith(`${value}, `), `${name}: ${sent}`).toBe(true);
    }
  });

  it('the server does not announce its version', async () => {
    expect((await get(`${site}/`)).headers['server']).toBe('nginx');
  });
});

describe('caching', () => {
  it('pages, the 404 page and unhashed files are revalidated on every visit', async () => {
    for (const path of ['/', '/tin-tuc/', '/trang-khong-co-that/', '/favicon.svg']) {
      expect((await get(`${site}${path}`)).headers['cache-control'], path).toBe(CACHE_CONTROL.revalidate);
    }
  });

  it('hashed assets in /_astro/ are cached for a year', async () => {
    expect((await get(`${site}${asset}`)).headers['cache-control']).toBe(CACHE_CONTROL.hashedAsset);
  });

  it('the search index, named by its content hash, is cached for a year and sent compressed', async () => {
    const index = readdirSync(join(DIST, 'tra-cuu')).find((name) => /^chi-muc-[0-9a-f]+\.json$/.test(name));
    expect(index, 'dist/tra-cuu/ holds the search index').toBeDefined();
    const response = await get(`${site}/tra-cuu/${index}`, GZIP);
    expect(response.headers['cache-control']).toBe(CACHE_CONTROL.hashedAsset);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).equals(readFileSync(join(DIST, 'tra-cuu', index!)))).toBe(true);
  });

  it('a missing file in /_astro/ is not cached for a year', async () => {
    const response = await get(`${site}/_astro/khong-co.abc123.css`);
    expect(response.headers['cache-control']).toBe(CACHE_CONTROL.revalidate);
  });
});

describe('compression', () => {
  it('pages and built stylesheets of the site arrive gzip-compressed and decompress to the file', async () => {
    for (const [path, file] of [
      ['/', 'index.html'],
      [asset, asset.slice(1)],
    ] as const) {
      const response = await get(`${site}${path}`, GZIP);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers['vary'], path).toBe('Accept-Encoding');
      expect(gunzipSync(response.body).equals(readFileSync(join(DIST, file))), path).toBe(true);
    }
  });

  it.each(['index.html', 'sample.css', 'sample.js', 'sample.json', 'sample.svg', 'sample.xml'])(
    '%s is compressed for a browser that accepts gzip, and sent plain to one that does not',
    async (file) => {
      const path = file === 'index.html' ? '/' : `/${file}`;
      const original = readFileSync(new URL(`../fixtures/served/${file}`, import.meta.url));
      const compressed = await get(`${fixtures}${path}`, GZIP);
      expect(compressed.headers['content-encoding']).toBe('gzip');
      expect(compressed.body.length).toBeLessThan(original.length);
      expect(gunzipSync(compressed.body).equals(original)).toBe(true);
      const plain = await get(`${fixtures}${path}`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
    },
  );
});

describe('precompressed copies', () => {
  it('nginx sends the .gz copy the build wrote, byte for byte, not one compressed on the fly', async () => {
    for (const [path, file] of [
      ['/', 'index.html'],
      ['/thu-tuc/1.001193/', 'thu-tuc/1.001193/index.html'],
      [asset, asset.slice(1)],
    ] as const) {
      const response = await get(`${site}${path}`, GZIP);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.body.equals(readFileSync(join(DIST, `${file}.gz`))), path).toBe(true);
    }
  });

  it('the build writes a .br copy beside every text file, which decompresses to the file', () => {
    for (const file of ['index.html', 'thu-tuc/1.001193/index.html', asset.slice(1)]) {
      const original = readFileSync(join(DIST, file));
      expect(brotliDecompressSync(readFileSync(join(DIST, `${file}.br`))).equals(original), file).toBe(true);
    }
  });
});

/** A raw HTTP request, for what no client library sends: a malformed header line. */
function rawRequest(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

describe('the offline worker and the web app manifest', () => {
  it.each(Object.entries(FIXED_FILES))('%s is revalidated on every visit, under its own type', async (path, headers) => {
    const response = await get(`${site}${path}`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(headers)) expect(response.headers[name.toLowerCase()], name).toBe(value);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()]).toBe(value);
    if (path === '/sw.js') expect(response.headers['content-type']).toMatch(/^(?:application|text)\/javascript/);
  });
});

describe("the editors' web editor", () => {
  it('answers with its own headers: a sign-in popup may answer it, search engines leave it out', async () => {
    for (const path of ['/quan-tri/', '/quan-tri/config.yml']) {
      const response = await get(`${site}${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(EDITOR_HEADERS)) expect(response.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      expect(response.headers['cache-control'], path).toBe(CACHE_CONTROL.revalidate);
    }
    expect((await get(`${site}/quan-tri/config.yml`)).headers['content-type']).toBe('application/yaml');
    // The site's own pages keep the stricter opener policy.
    expect((await get(`${site}/`)).headers['cross-origin-opener-policy']).toBe(SECURITY_HEADERS['Cross-Origin-Opener-Policy']);
  });
});

describe("nginx's own error pages and pictures", () => {
  it('a request line too long (414) and a malformed request (400) carry the security headers', async () => {
    const long = await get(`${site}/${'a'.repeat(9000)}`);
    expect(long.status).toBe(414);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(long.headers[name.toLowerCase()]).toBe(value);
    const bad = await rawRequest(site, 'GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(bad).toContain(`Content-Security-Policy: ${SECURITY_HEADERS['Content-Security-Policy']}`);
  });

  it('a picture opened on its own may run nothing: an SVG gets a policy with no script', async () => {
    for (const url of [`${site}/favicon.svg`, `${fixtures}/sample.svg`]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers['content-security-policy'], url).toContain(PICTURE_HEADERS['Content-Security-Policy']);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});
