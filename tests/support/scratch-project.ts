/**
 * A throwaway copy of the project for tests that run the real build on changed content: the
 * sources are copied (not the catalogue's 12 MB of source exports, which no build reads),
 * node_modules is linked, and the copy is removed by `cleanUp`.
 *
 * The copy builds from a small catalogue by default (CATALOGUE_FILE, see smallCatalogue): these
 * tests are about content and pages, and 1,601 procedure pages would make each build take half
 * a minute. A test that needs another catalogue passes its own CATALOGUE_FILE.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readCatalogue } from '../../scripts/lib/data-files';
import { PROCEDURE_CODE_PATTERN } from '../../src/lib/catalogue/constants';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { DATA_FILES } from '../../src/lib/content/data-files';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// scripts/ too: the build's content gate (astro.config.mjs) and `npm run build` live there.
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];
const NOT_COPIED = [join(ROOT, 'content/catalogue/sources')];
const SMALL_CATALOGUE = 'small-catalogue.json';
/** Procedures kept besides those the content names: enough for every list and filter to show some. */
const SPREAD = 60;

export interface ScratchProject {
  dir: string;
  /**
   * Runs `astro <args>` in the copy, with `env` added to the environment (CATALOGUE_FILE …);
   * rejects with the command's output when it fails.
   */
  astro(args: string[], env?: Record<string, string>): Promise<{ stdout: string; stderr: string }>;
  /** Runs a script of scripts/ with tsx in the copy (`npm run build` is scripts/build.ts), likewise. */
  script(name: string, args?: string[], env?: Record<string, string>): Promise<{ stdout: string; stderr: string }>;
  cleanUp(): void;
}

/**
 * The committed catalogue cut down to the procedures the content links to (top tasks, guides'
 * links), plus an even spread of the rest, in the catalogue's order.
 */
export function smallCatalogue(): Catalogue {
  const catalogue = readCatalogue(join(ROOT, DATA_FILES.catalogue));
  const named = new Set(
    [readFileSync(join(ROOT, DATA_FILES.topTasks), 'utf8'), ...markdownUnder(join(ROOT, 'content'))].flatMap(
      (text) => text.match(new RegExp(PROCEDURE_CODE_PATTERN, 'g')) ?? [],
    ),
  );
  const step = Math.max(1, Math.floor(catalogue.procedures.length / SPREAD));
  const procedures = catalogue.procedures.filter(
    (procedure, position) => named.has(procedure.code) || position % step === 0,
  );
  return { ...catalogue, procedures };
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

export function scratchProject(prefix: string): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_FILES) {
    cpSync(join(ROOT, entry), join(dir, entry), {
      recursive: true,
      filter: (source) => !NOT_COPIED.some((skipped) => source === skipped),
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, SMALL_CATALOGUE), JSON.stringify(smallCatalogue()));
  const run = (command: string, args: string[], env: Record<string, string>) =>
    promisify(execFile)(command, args, {
      cwd: dir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        CATALOGUE_FILE: `./${SMALL_CATALOGUE}`,
        // Its own cache: node_modules is shared with the project, which may be building beside it.
        ASTRO_CACHE_DIR: './.astro-cache',
        ...env,
      },
      maxBuffer: 16 * 1024 * 1024,
    });
  return {
    dir,
    astro: (args, env = {}) => run('npx', ['astro', ...args], env),
    script: (name, args = [], env = {}) =>
      run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), `scripts/${name}`, ...args], env),
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The project root, for fixtures the copy needs. */
export const PROJECT_ROOT = ROOT;
