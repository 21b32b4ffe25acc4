import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  EDITOR_HEADERS,
  EDITOR_PATTERN,
  FIXED_FILES,
  PICTURE_HEADERS,
  PICTURE_PATTERNS,
  SECURITY_HEADERS,
  nginxAddHeaders,
  parseHeadersFile,
} from '../../scripts/lib/deploy/headers';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const expected = Object.entries(SECURITY_HEADERS);

describe('the servers send the same security headers', () => {
  it('the nginx snippet sets exactly the security headers, each once', () => {
    const snippet = read('scripts/deploy/nginx/snippets/dvc-tiengiang-headers.conf');
    expect(nginxAddHeaders(snippet)).toEqual(expected);
    // "always" puts them on 404 and 5xx responses as well.
    const lines = snippet.split('\n').filter((line) => line.trimStart().startsWith('add_header'));
    expect(lines.every((line) => /\balways;\s*$/.test(line))).toBe(true);
  });

  it('pictures get a policy that runs nothing, in nginx as in _headers', () => {
    const snippet = read('scripts/deploy/nginx/snippets/dvc-tiengiang-picture.conf');
    expect(nginxAddHeaders(snippet)).toEqual(Object.entries(PICTURE_HEADERS));
    const conf = read('scripts/deploy/nginx/dvc-tiengiang.conf');
    const pictureLocations = [...conf.matchAll(/^\s*location\s+~\*\s+([^{]*svg[^{]*)\{([^}]*)\}/gm)];
    expect(pictureLocations).toHaveLength(2);
    for (const [, , body] of pictureLocations) expect(body).toContain('include snippets/dvc-tiengiang-picture.conf;');
  });

  it('the editor gets the same headers, but a sign-in popup may answer it and search engines leave it out', () => {
    const snippet = read('scripts/deploy/nginx/snippets/dvc-tiengiang-editor-headers.conf');
    expect(Object.fromEntries(nginxAddHeaders(snippet))).toEqual(EDITOR_HEADERS);
    const rules = parseHeadersFile(read('public/_headers'));
    const differences = Object.entries(EDITOR_HEADERS).filter(
      ([name, value]) => SECURITY_HEADERS[name as keyof typeof SECURITY_HEADERS] !== value,
    );
    expect(rules.get(EDITOR_PATTERN)).toEqual(differences);
  });

  it('every nginx location that adds a header includes the snippet (add_header is not inherited)', () => {
    const conf = read('scripts/deploy/nginx/dvc-tiengiang.conf');
    const locations = [...conf.matchAll(/^\s*location\s+([^{]+)\{([^}]*)\}/gm)];
    expect(locations.length).toBeGreaterThanOrEqual(2);
    for (const [, name, body] of locations) {
      if (/^\s*add_header\b/m.test(body ?? '')) {
        const snippet = name?.includes('/quan-tri/') ? 'dvc-tiengiang-editor-headers' : 'dvc-tiengiang-headers';
        expect(body, `location ${name?.trim()}`).toMatch(new RegExp(`^\\s*include snippets/${snippet}\\.conf;`, 'm'));
      }
    }
    // At server level an add_header would be silently dropped in every location above.
    const outsideLocations = conf.replace(/^\s*location\s+[^{]+\{[^}]*\}/gm, '');
    expect(outsideLocations).not.toMatch(/^\s*add_header\b/m);
  });

  it('public/_headers sends the security headers everywhere and the long cache on hashed files only', () => {
    const rules = parseHeadersFile(read('public/_headers'));
    expect([...rules.keys()]).toEqual([
      '/*',
      '/_astro/*',
      '/tra-cuu/chi-muc-*',
      ...Object.keys(FIXED_FILES),
      EDITOR_PATTERN,
      ...PICTURE_PATTERNS,
    ]);
    for (const [path, headers] of Object.entries(FIXED_FILES)) {
      expect(Object.fromEntries(rules.get(path) ?? []), path).toEqual(headers);
    }
    for (const pattern of PICTURE_PATTERNS) {
      expect(rules.get(pattern)).toEqual([['Content-Security-Policy', PICTURE_HEADERS['Content-Security-Policy']]]);
    }
    expect(rules.get('/tra-cuu/chi-muc-*')).toEqual([['Cache-Control', CACHE_CONTROL.hashedAsset]]);
    expect(rules.get('/*')).toEqual(expected);
    expect(rules.get('/_astro/*')).toEqual([['Cache-Control', CACHE_CONTROL.hashedAsset]]);
  });

  it('reads a _headers file and rejects a header outside a rule', () => {
    expect(parseHeadersFile('# note\n/a/*\n  X-One: 1\n\n/b\n  X-Two: a: b\n')).toEqual(
      new Map([
        ['/a/*', [['X-One', '1']]],
        ['/b', [['X-Two', 'a: b']]],
      ]),
    );
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/outside a path rule/);
  });
});
