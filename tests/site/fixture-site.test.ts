/**
 * The fixture site (tmp/fixture-site/dist, `npm run build:fixture`): the real content built on a
 * catalogue of named cases and a small synthetic spread, made as `npm run synthetic` makes its
 * thousands, plus a news item with a picture. That it builds at all proves the scale recipe works
 * with the real content; these checks read what it wrote.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../../scripts/lib/fixture-site/build';
import { NAMED_CASES } from '../../scripts/lib/fixture-site/cases';

describe('the fixture site', () => {
  it('has a page for every named case and for the synthetic procedures', () => {
    for (const named of NAMED_CASES) {
      expect(existsSync(join(FIXTURE_DIST, 'thu-tuc', named.code, 'index.html')), named.name).toBe(true);
    }
    expect(readdirSync(join(FIXTURE_DIST, 'thu-tuc')).filter((name) => name.startsWith('9.')).length).toBeGreaterThan(0);
  });

  it('publishes a news picture resized to WebP, with its size and description, never the full upload', async () => {
    const html = readFileSync(join(FIXTURE_DIST, 'tin-tuc/tin-co-anh/index.html'), 'utf8');
    const img = /<img[^>]*alt="Một mảng màu xanh dùng để thử"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img, 'the picture with its description').not.toBe('');
    expect(img).toMatch(/srcset="[^"]*\.webp 360w[^"]*\.webp 720w"/);
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);
    const widths = await Promise.all(
      readdirSync(join(FIXTURE_DIST, '_astro'))
        .filter((name) => name.startsWith('anh-thu') && name.endsWith('.webp'))
        .map(async (name) => (await sharp(join(FIXTURE_DIST, '_astro', name)).metadata()).width ?? 0),
    );
    expect(widths.sort((a, b) => a - b)).toEqual(expect.arrayContaining([360, 720]));
    expect(Math.max(...widths)).toBe(720);
  });
});
