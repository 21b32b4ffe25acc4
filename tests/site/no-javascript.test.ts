import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtmlFiles, urlPathOf } from '../support/built-pages';

/**
 * Only the search page runs an application; every other page is readable with scripts turned off
 * and loads one small file: the offline worker's registration (src/scripts/offline.ts), external
 * so the CSP needs no hash for it, at most 1 kB compressed.
 */
const PAGES_WITH_AN_APPLICATION = new Set(['/tra-cuu/']);
const REGISTRATION_MAX_GZIP = 1000;

/** <script> tags that execute: JSON-LD is data for search engines, not code. */
function executableScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !/type\s*=\s*["']?application\/ld\+json/i.test(attributes));
}

function sourceOf(attributes: string): string | undefined {
  return /\bsrc="([^"]+)"/.exec(attributes)?.[1];
}

/**
 * A built module and every module it imports, as the browser fetches them: a shared chunk the
 * bundler splits out (a constant imported from a larger module) is loaded by every page too.
 */
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imported = [...code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)].map((match) =>
    join(dirname(file), match[1] ?? ''),
  );
  return [file, ...imported.flatMap((next) => withImports(next, seen))];
}

describe('content pages load only the offline registration', () => {
  const pages = builtHtmlFiles().filter((file) => !PAGES_WITH_AN_APPLICATION.has(urlPathOf(file)));
  const home = executableScripts(readFileSync(join(DIST, 'index.html'), 'utf8'));
  const registration = sourceOf(home[0] ?? '');

  it('the registration is one external module script, at most 1 kB compressed with all it imports', () => {
    expect(home).toHaveLength(1);
    expect(home[0]).toMatch(/type="module"/);
    expect(registration).toMatch(/^\/_astro\/[^/]+\.js$/);
    const files = withImports(join(DIST, registration ?? ''));
    const code = Buffer.concat(files.map((file) => readFileSync(file)));
    expect(gzipSync(code, { level: 9 }).length, files.join(', ')).toBeLessThanOrEqual(REGISTRATION_MAX_GZIP);
    expect(code.toString()).toContain('/sw.js');
  });

  it.each(pages)('%s runs no other script and no island', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(executableScripts(html).map(sourceOf)).toEqual([registration]);
    expect(html).not.toMatch(/<astro-island\b/);
  });
});
