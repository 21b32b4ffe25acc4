/**
 * What an editor sees when the real build meets a broken page: the build is run (astro sync) on a
 * scratch copy of the project with one broken news item added.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

describe('a broken front matter stops the build with an editor-readable message', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'dvc-content-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('names the file and each wrong field in Vietnamese', async () => {
    for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(ROOT, entry), join(scratch, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
    cpSync(join(ROOT, 'tests/fixtures/content/tin-hong.md'), join(scratch, 'content/news/tin-hong.md'));

    const failure = await run('npx', ['astro', 'sync'], {
      cwd: scratch,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    }).then(
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
