/**
 * The built site replaces dist/ only once it is complete: it is built in a folder beside dist/,
 * then swapped in with two renames on the same disk, so anything that deploys dist/ never meets a
 * half-built or failed site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/** Where a build is made before it replaces dist/; .gitignore covers both. */
export const STAGING_DIR = '.dist-next';
const RETIRED_DIR = '.dist-old';

/** Removes what an interrupted build left behind. */
export function clearStaging(): void {
  rmSync(STAGING_DIR, { recursive: true, force: true });
  rmSync(RETIRED_DIR, { recursive: true, force: true });
}

/** Puts the finished build in place of `target` (dist/), the old one removed only after. */
export function swapIntoPlace(target: string): void {
  if (existsSync(target)) renameSync(target, RETIRED_DIR);
  renameSync(STAGING_DIR, target);
  rmSync(RETIRED_DIR, { recursive: true, force: true });
}
