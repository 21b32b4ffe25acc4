/**
 * The built search page and its index file: the page names the file, the file's name is the hash
 * of its content (so it can be cached for ever), it holds the whole catalogue, and the catalogue
 * never ends up inside the page's HTML (which Astro does with island props).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-pages';
import { assetOf, realSource } from '../../scripts/lib/bench/sources';
import { decodeSearchAsset } from '../../src/lib/search/asset-decode';

const html = readFileSync(join(DIST, 'tra-cuu/index.html'), 'utf8');
const references = [...new Set(html.match(/\/tra-cuu\/chi-muc-[0-9a-f]+\.json/g) ?? [])];
const catalogue = JSON.parse(readFileSync('content/catalogue/services.json', 'utf8')) as {
  procedures: { code: string; name: string }[];
};

describe('search index file', () => {
  it('is named once by the page and exists', () => {
    expect(references).toHaveLength(1);
    expect(existsSync(join(DIST, references[0] ?? ''))).toBe(true);
  });

  it('is named by the hash of its content', () => {
    const path = references[0] ?? '';
    const content = readFileSync(join(DIST, path));
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
    expect(path).toBe(`/tra-cuu/chi-muc-${hash}.json`);
  });

  it('holds every procedure of the catalogue, and the articles', () => {
    const data = decodeSearchAsset(JSON.parse(readFileSync(join(DIST, references[0] ?? ''), 'utf8')));
    const codes = data.records.flatMap((record) => (record.code ? [record.code] : []));
    expect(codes.sort()).toEqual(catalogue.procedures.map((procedure) => procedure.code).sort());
    expect(data.records.some((record) => record.kind === 'guide')).toBe(true);
  });

  it('is what the benchmark and the relevance test search', () => {
    const built = JSON.parse(readFileSync(join(DIST, references[0] ?? ''), 'utf8')) as unknown;
    expect(built).toEqual(JSON.parse(JSON.stringify(assetOf(realSource()))));
  });

  it('is not copied into the page HTML', () => {
    const topTasks = readFileSync('content/top-tasks.json', 'utf8');
    const names = catalogue.procedures
      .map((procedure) => procedure.name)
      .filter((name) => !topTasks.includes(name));
    expect(names.filter((name) => html.includes(name))).toEqual([]);
  });
});
