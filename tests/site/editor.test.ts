/**
 * The editors' web editor as built into dist/quan-tri/: a page of its own with its own policy,
 * kept out of search engines and the sitemap, configured for every collection and the configured
 * repository; and no citizen page loads any of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { MARKDOWN_COLLECTION_NAMES } from '../../src/lib/content/collections';
import { EDITOR_PATH } from '../../src/lib/navigation';
import { DIST, builtHtmlFiles } from '../support/built-pages';

const editor = (file: string) => readFileSync(join(DIST, EDITOR_PATH, file), 'utf8');

describe('the web editor as built', () => {
  const page = editor('index.html');

  it('is a page of its own: noindex, its own policy with no inline script, one script file', () => {
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(policy.replaceAll('&#39;', "'")).toMatch(/script-src 'self'(;|$)/);
    expect([...page.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual([
      expect.stringMatching(new RegExp(`^<script type="module" src="${EDITOR_PATH}editor-[A-Z0-9]+\\.js">$`)),
    ]);
    expect(page).toContain(`<link href="${EDITOR_PATH}config.yml" type="application/yaml" rel="cms-config-url">`);
  });

  it('is configured for every collection, writing to the configured repository', () => {
    const config = yaml.load(editor('config.yml')) as { backend: { name: string; repo: string }; collections: { name: string }[] };
    expect(config.backend).toMatchObject({ name: site.editor.host, repo: site.editor.repo, branch: site.editor.branch });
    expect(config.collections.map((collection) => collection.name).sort()).toEqual([...MARKDOWN_COLLECTION_NAMES].sort());
  });

  it('previews with the site’s own design tokens and base styles', () => {
    const css = editor('xem-truoc.css');
    expect(css).toContain('--color-brand');
    expect(css).toContain(readFileSync('src/styles/base.css', 'utf8'));
  });

  it('is not in the sitemap, and no citizen page loads or links any of it', () => {
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(EDITOR_PATH);
    const linking = builtHtmlFiles().filter((file) => readFileSync(join(DIST, file), 'utf8').includes(EDITOR_PATH));
    expect(linking).toEqual([]);
  });
});
