/**
 * A throwaway copy of the project for tests that run the real build on changed content: the
 * sources are copied, node_modules is linked, and the copy is removed by `cleanUp`.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public'];

export interface ScratchProject {
  dir: string;
  /**
   * Runs `astro <args>` in the copy, with `env` added to the environment (CATALOGUE_FILE …);
   * rejects with the command's output when it fails.
   */
  astro(args: string[], env?: Record<string, string>): Promise<{ stdout: string; stderr: string }>;
  cleanUp(): void;
}

export function scratchProject(prefix: string): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    astro: (args, env = {}) =>
      promisify(execFile)('npx', ['astro', ...args], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
        maxBuffer: 16 * 1024 * 1024,
      }),
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The project root, for fixtures the copy needs. */
export const PROJECT_ROOT = ROOT;
