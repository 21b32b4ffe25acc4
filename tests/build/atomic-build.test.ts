/**
 * One gate and atomic builds (issue 20), on a scratch copy of the project: content the checker
 * refuses (raw HTML, a link to a closed portal) stops `npm run build` before anything is built,
 * with the checker's own lines, and the last good dist/ is left exactly as it was.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../support/scratch-project';

describe('a build that fails', () => {
  const project = scratchProject('dvc-atomic-');
  afterAll(() => project.cleanUp());

  it('publishes nothing the checker refuses and leaves the last good dist/ untouched', async () => {
    // The last good build, as a deployment would have it.
    mkdirSync(join(project.dir, 'dist/huong-dan'), { recursive: true });
    writeFileSync(join(project.dir, 'dist/index.html'), '<!doctype html><title>Bản dựng tốt</title>');
    writeFileSync(join(project.dir, 'dist/huong-dan/index.html'), 'cũ');
    writeFileSync(
      join(project.dir, 'content/news/tin-chuyen-huong.md'),
      [
        '---',
        'title: Tin có mã chuyển hướng',
        'description: Một tin có thẻ meta chuyển người đọc sang trang khác sau một giây.',
        'date: 2026-12-06',
        'reviewBy: 2027-06-06',
        'sources:',
        '  - title: Nguồn thử',
        '    url: https://example.org/',
        '---',
        '',
        '<meta http-equiv="refresh" content="1;url=https://example.org">',
        '',
        'Nộp tại [cổng tỉnh cũ](https://motcua.tiengiang.gov.vn/).',
        '',
      ].join('\n'),
    );

    const failure = await project.script('build.ts').then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
    );

    expect(failure, 'the build should have failed').toBeDefined();
    const file = 'content/news/tin-chuyen-huong.md';
    expect(failure).toContain(`LỖI ${file}:11: Bài không được chứa mã HTML «<meta>»`);
    expect(failure).toContain(`LỖI ${file}:13: Liên kết «https://motcua.tiengiang.gov.vn/» dẫn đến`);
    expect(failure).toContain('dist/ giữ nguyên bản dựng tốt gần nhất');
    expect(readFileSync(join(project.dir, 'dist/index.html'), 'utf8')).toContain('Bản dựng tốt');
    expect(readdirSync(join(project.dir, 'dist')).sort()).toEqual(['huong-dan', 'index.html']);
    expect(readdirSync(project.dir)).not.toContain('.dist-next');
  }, 120_000);
});
