import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtmlFiles, urlPathOf } from '../support/built-pages';

/** Only the search page may run JavaScript; everything else is readable with it turned off. */
const PAGES_WITH_SCRIPTS = new Set(['/tra-cuu/']);

/** <script> tags that execute: JSON-LD is data for search engines, not code. */
function executableScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !/type\s*=\s*["']?application\/ld\+json/i.test(attributes));
}

describe('content pages ship no JavaScript', () => {
  const pages = builtHtmlFiles().filter((file) => !PAGES_WITH_SCRIPTS.has(urlPathOf(file)));

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages)('%s has no executable <script>', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(executableScripts(html)).toEqual([]);
    expect(html).not.toMatch(/<astro-island\b/);
  });
});
