/**
 * Every internal link and asset reference in the built site leads somewhere: a citizen never
 * follows a link of ours to a 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtmlFiles, urlPathOf } from '../support/built-pages';

/** href and src values in a page, with HTML entities in URLs decoded. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) =>
    (match[1] ?? '').replace(/&amp;/g, '&'),
  );
}

/** Whether a site-relative URL path is served by a static host from dist/. */
function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean));
}

describe('internal links', () => {
  const files = builtHtmlFiles();

  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('all resolve to a built file', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = urlPathOf(file);
      const html = readFileSync(join(DIST, file), 'utf8');
      for (const reference of references(html)) {
        if (!reference.startsWith('/') || reference.startsWith('//')) continue;
        if (!resolves(reference)) broken.push(`${from} → ${reference}`);
      }
    }
    expect(broken, `${broken.length} broken internal links`).toEqual([]);
  });

  it('use the trailing slash the server expects for pages', () => {
    const missingSlash: string[] = [];
    for (const file of files) {
      const html = readFileSync(join(DIST, file), 'utf8');
      for (const reference of references(html)) {
        const path = reference.split(/[?#]/)[0] ?? '';
        if (
          path.startsWith('/') &&
          !path.startsWith('//') &&
          !/\.[a-z0-9]+$/i.test(path) &&
          !path.endsWith('/')
        ) {
          missingSlash.push(`${urlPathOf(file)} → ${reference}`);
        }
      }
    }
    expect(missingSlash).toEqual([]);
  });
});
