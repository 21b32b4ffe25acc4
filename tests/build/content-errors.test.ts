/**
 * What an editor sees when the real build meets a broken page: the build is run (astro sync) on a
 * scratch copy of the project with one broken news item added.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, scratchProject } from '../support/scratch-project';

describe('a broken front matter stops the build with an editor-readable message', () => {
  const project = scratchProject('dvc-content-');
  afterAll(() => project.cleanUp());

  it('names the file and each wrong field in Vietnamese', async () => {
    cpSync(
      join(PROJECT_ROOT, 'tests/fixtures/content/tin-hong.md'),
      join(project.dir, 'content/news/tin-hong.md'),
    );

    const failure = await project.astro(['sync']).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}\n${error.stderr}`,
    );

    expect(failure, 'the build should have failed').toBeDefined();
    expect(failure).toContain('content/news/tin-hong.md');
    expect(failure).toContain('title: Thiếu «title» (Tiêu đề).');
    expect(failure).toContain('date: «date» (Ngày đăng) phải là một ngày');
    expect(failure).toContain('sources.0.url: Địa chỉ nguồn («url») phải là một địa chỉ web đầy đủ');
    expect(failure).toContain('titel: Trường này không nằm trong mẫu.');
  }, 120_000);
});
