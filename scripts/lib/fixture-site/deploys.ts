/**
 * Two deploys of the fixture site, served in turn at one address, for the offline tests: does a
 * phone that saved pages of the first see the second after one reload, with the second's search
 * index, and are the first's files dropped? The first is the fixture site as built; the second
 * is the same with a changed procedure page, a search index under a new name, and the service
 * worker written anew for those files (as a real build would).
 */
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { writeServiceWorker } from '../offline/service-worker';
import { FIXTURE_DIST } from './build';

export const DEPLOYS_DIR = resolve('tmp/deploy-site');
/** The served root: a link to one deploy, switched by useDeploy(). */
export const CURRENT_DEPLOY = join(DEPLOYS_DIR, 'current');
export type Deploy = 'first' | 'second';

/** What the second deploy changes, for the tests to look for. */
export const CHANGED_PROCEDURE = '1.001193';
export const CHANGED_MARK = ' (bản cập nhật)';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(?:html|js|json)$/.test(path))
    .map((path) => join(dir, path));
}

/** The search index's file name in a built site. */
export function searchIndexName(dir: string): string {
  const name = readdirSync(join(dir, 'tra-cuu')).find((file) => /^chi-muc-[0-9a-f]+\.json$/.test(file));
  if (!name) throw new Error(`${dir} has no search index.`);
  return name;
}

async function writeSecondDeploy(first: string, second: string): Promise<void> {
  cpSync(first, second, { recursive: true });
  const page = join(second, 'thu-tuc', CHANGED_PROCEDURE, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/(<h1[^>]*>)([^<]*)/, `$1$2${CHANGED_MARK}`));
  const oldIndex = searchIndexName(second);
  const newIndex = oldIndex.replace(/chi-muc-([0-9a-f]+)/, (_, hash: string) => `chi-muc-${[...hash].reverse().join('')}`);
  renameSync(join(second, 'tra-cuu', oldIndex), join(second, 'tra-cuu', newIndex));
  for (const file of textFiles(second)) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(oldIndex)) writeFileSync(file, text.replaceAll(oldIndex, newIndex));
  }
  await writeServiceWorker(second);
  // Written in the same second as the first deploy's copies, a file of the same size would get the
  // same ETag and Last-Modified, and the browser's check for a new worker a 304. A real release
  // comes later: date the second one a minute on.
  const later = new Date(Date.now() + 60_000);
  for (const file of readdirSync(second, { recursive: true, encoding: 'utf8' })) utimesSync(join(second, file), later, later);
}

export async function prepareDeploys(): Promise<void> {
  rmSync(DEPLOYS_DIR, { recursive: true, force: true });
  cpSync(FIXTURE_DIST, join(DEPLOYS_DIR, 'first'), { recursive: true });
  await writeSecondDeploy(join(DEPLOYS_DIR, 'first'), join(DEPLOYS_DIR, 'second'));
  useDeploy('first');
}

/** Serves `deploy` from now on: the link is replaced in one step, as a release would swap folders. */
export function useDeploy(deploy: Deploy): void {
  const next = `${CURRENT_DEPLOY}.next`;
  if (existsSync(next)) rmSync(next);
  symlinkSync(deploy, next);
  renameSync(next, CURRENT_DEPLOY);
}
