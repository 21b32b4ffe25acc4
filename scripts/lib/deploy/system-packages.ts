/**
 * System programs the server checks need (nginx, wrk), installed from Debian's packages when they
 * are missing, as .ci/run does: as root directly, otherwise through sudo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface SystemProgram {
  /** The command, looked up on PATH and in the sbin folders (nginx lives in /usr/sbin). */
  command: string;
  /** The Debian package that provides it. */
  debianPackage: string;
}

export const NGINX: SystemProgram = { command: 'nginx', debianPackage: 'nginx' };
export const WRK: SystemProgram = { command: 'wrk', debianPackage: 'wrk' };

const SEARCH_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Absolute path of a command, or undefined when it is not installed. */
export function findProgram(command: string): string | undefined {
  const folders = [...(process.env.PATH ?? '').split(':').filter(Boolean), ...SEARCH_PATH];
  return folders.map((folder) => join(folder, command)).find((path) => existsSync(path));
}

/** Paths of the programs, installing the missing ones with apt-get first. */
export function ensurePrograms(programs: SystemProgram[]): string[] {
  const missing = programs.filter((program) => findProgram(program.command) === undefined);
  if (missing.length > 0) installFromDebian(missing.map((program) => program.debianPackage));
  return programs.map((program) => {
    const path = findProgram(program.command);
    if (path === undefined) throw new Error(`${program.command} is still missing after installing it.`);
    return path;
  });
}

function installFromDebian(packages: string[]): void {
  if (findProgram('apt-get') === undefined) {
    throw new Error(
      `Missing ${packages.join(', ')} and no apt-get to install it: install ${packages.join(' and ')} yourself.`,
    );
  }
  console.log(`Installing from Debian: ${packages.join(' ')}`);
  // Another apt process (a second test run, unattended upgrades) may hold the lock for a while.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
  asRoot(['apt-get', ...lockWait, 'update', '-qq']);
  asRoot([
    'env',
    'DEBIAN_FRONTEND=noninteractive',
    'apt-get',
    ...lockWait,
    'install',
    '-y',
    '-qq',
    ...packages,
  ]);
}

function asRoot(command: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const [program, ...args] = isRoot ? command : ['sudo', '-n', ...command];
  execFileSync(program ?? 'false', args, { stdio: 'inherit' });
}
