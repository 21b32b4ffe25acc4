/**
 * A news item with a picture, built for real on a scratch copy of the project: the picture goes
 * through Astro's image pipeline (resized, WebP, width and height set) and keeps its description.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../support/scratch-project';

describe('pictures in news items', () => {
  const project = scratchProject('dvc-image-');
  const scratch = project.dir;
  afterAll(() => project.cleanUp());

  it('are resized to WebP with their size and description', async () => {
    // A large photo as an editor would upload it: 2000×1200 JPEG.
    await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#3a6f9a' } })
      .jpeg()
      .toFile(join(scratch, 'content/news/anh-thu.jpg'));
    writeFileSync(
      join(scratch, 'content/news/tin-co-anh.md'),
      [
        '---',
        'title: Tin thử có ảnh',
        'description: Tin dùng để kiểm tra đường xử lý ảnh của trang.',
        'date: 2026-11-26',
        'reviewBy: 2027-11-26',
        'image: ./anh-thu.jpg',
        'imageAlt: Một mảng màu xanh dùng để thử',
        'sources:',
        '  - title: Nguồn thử',
        '    url: https://example.org/',
        '---',
        '',
        'Nội dung thử.',
        '',
      ].join('\n'),
    );

    await project.astro(['build']);

    const html = readFileSync(join(scratch, 'dist/tin-tuc/tin-co-anh/index.html'), 'utf8');
    const img = /<img[^>]*alt="Một mảng màu xanh dùng để thử"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img, 'the picture with its description').not.toBe('');
    expect(img).toMatch(/srcset="[^"]*\.webp 360w[^"]*\.webp 720w"/);
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);
    const widths = await Promise.all(
      readdirSync(join(scratch, 'dist/_astro'))
        .filter((name) => name.startsWith('anh-thu') && name.endsWith('.webp'))
        .map(async (name) => (await sharp(join(scratch, 'dist/_astro', name)).metadata()).width),
    );
    expect(widths.sort((a = 0, b = 0) => a - b)).toEqual(expect.arrayContaining([360, 720]));
    // The full-size upload is never published: the fallback src is the 720px copy too.
    expect(Math.max(...widths.map((width) => width ?? 0))).toBe(720);
  }, 240_000);
});
