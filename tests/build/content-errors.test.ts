/**
 * What an editor sees when the real build meets a broken page: the build is run (astro sync) on a
 * scratch copy of the project with one broken news item added. The build reads front matter as
 * `npm run check` does, so it prints the same lines: file, line, field and what to do. (A day not
 * on the calendar is refused by the same reading: tests/unit/content-schemas.test.ts.)
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
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

  it('publishes no draft: a broken file in a "_" folder or with a "_" name does not stop it', async () => {
    const broken = join(PROJECT_ROOT, 'tests/fixtures/content/tin-hong.md');
    mkdirSync(join(project.dir, 'content/news/_nhap'));
    cpSync(broken, join(project.dir, 'content/news/_nhap/bai.md'));
    cpSync(broken, join(project.dir, 'content/news/_bai.md'));

    expect(await failure(), 'a draft was read by the build').toBeUndefined();
  }, 120_000);
});
