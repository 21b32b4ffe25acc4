/**
 * What an editor sees when the real build meets a broken page: the build is run (astro sync) on a
 * scratch copy of the project with one broken news item added. The build reads front matter as
 * `npm run check` does, so it prints the same lines: file, line, field and what to do.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, scratchProject } from '../support/scratch-project';

describe('a broken front matter stops the build with an editor-readable message', () => {
  const project = scratchProject('dvc-content-');
  afterAll(() => project.cleanUp());

  /** Runs the build's content step; the output when it fails, undefined when it passes. */
  const failure = () =>
    project.astro(['sync']).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
    );

  it('names the file, the line and each wrong field in Vietnamese', async () => {
    const added = join(project.dir, 'content/news/tin-hong.md');
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/content/tin-hong.md'), added);

    const output = await failure();
    rmSync(added);

    expect(output, 'the build should have failed').toBeDefined();
    const file = 'content/news/tin-hong.md';
    expect(output).toContain(`phần đầu bài của ${file} có lỗi`);
    expect(output).toContain(`LỖI ${file}:1 (trường «title»): Thiếu «title» (Tiêu đề).`);
    expect(output).toContain(`LỖI ${file}:4 (trường «date»): «date» (Ngày đăng) phải là một ngày`);
    expect(output).toContain(`LỖI ${file}:8 (trường «sources.0.url»): Địa chỉ nguồn («url») phải là`);
    expect(output).toContain(`LỖI ${file}:2 (trường «titel»): Trường này không nằm trong mẫu.`);
  }, 120_000);

  it('refuses a day that is not on the calendar instead of publishing another day', async () => {
    const page = [
      '---',
      'title: Tin có ngày gõ nhầm',
      'description: Ngày đăng và ngày cập nhật của tin này không có trên lịch.',
      'date: 2026-13-01',
      'updated: 2026-02-30',
      'reviewBy: 2027-06-01',
      'sources:',
      '  - title: Một nguồn',
      '    url: https://example.org/nguon',
      '---',
      '',
      'Nội dung.',
      '',
    ].join('\n');
    const added = join(project.dir, 'content/news/ngay-go-nham.md');
    writeFileSync(added, page);

    const output = await failure();
    rmSync(added);

    expect(output, 'the build should have failed').toBeDefined();
    const file = 'content/news/ngay-go-nham.md';
    expect(output).toContain(`LỖI ${file}:4 (trường «date»): «date» (Ngày đăng) ghi «2026-13-01», nhưng`);
    expect(output).toContain(
      `LỖI ${file}:5 (trường «updated»): «updated» (Ngày cập nhật) ghi «2026-02-30», nhưng tháng 2 năm 2026 không có ngày 30`,
    );
  }, 120_000);

  it('publishes no draft: a broken file in a "_" folder or with a "_" name does not stop it', async () => {
    const broken = join(PROJECT_ROOT, 'tests/fixtures/content/tin-hong.md');
    mkdirSync(join(project.dir, 'content/news/_nhap'));
    cpSync(broken, join(project.dir, 'content/news/_nhap/bai.md'));
    cpSync(broken, join(project.dir, 'content/news/_bai.md'));

    expect(await failure(), 'a draft was read by the build').toBeUndefined();
  }, 120_000);
});
