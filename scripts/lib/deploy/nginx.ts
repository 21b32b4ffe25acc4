/**
 * Runs the shipped nginx configuration (scripts/deploy/nginx/) on loopback ports, for the server
 * tests and the audit's Lighthouse step: the same file a deployment uses, with only its `listen`
 * and `root` lines replaced.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX, ensurePrograms } from './system-packages';

export const NGINX_CONFIG_DIR = fileURLToPath(new URL('../../deploy/nginx/', import.meta.url));
export const SERVER_CONFIG = join(NGINX_CONFIG_DIR, 'dvc-tiengiang.conf');

export interface Site {
  /** Folder to serve (dist/). */
  root: string;
  /** Loopback port; a free one is picked when omitted. */
  port?: number;
}

export interface RunningNginx {
  /** Base URL of each site, in the order given ("http://127.0.0.1:8351"). */
  urls: string[];
  stop(): Promise<void>;
}

/**
 * The shipped server block with its `listen` and `root` replaced. Fails if either directive is not
 * there exactly once, so a reworded config cannot silently serve the wrong folder.
 */
export function renderServerBlock(conf: string, site: { root: string; port: number }): string {
  return replaceDirective(
    replaceDirective(conf, 'listen', `127.0.0.1:${site.port}`),
    'root',
    JSON.stringify(resolve(site.root)),
  );
}

function replaceDirective(conf: string, name: string, value: string): string {
  const pattern = new RegExp(`^(\\s*)${name}\\s+[^;]+;`, 'gm');
  const count = conf.match(pattern)?.length ?? 0;
  if (count !== 1) {
    throw new Error(`${SERVER_CONFIG}: expected one active "${name}" directive, found ${count}.`);
  }
  return conf.replace(pattern, `$1${name} ${value};`);
}

/**
 * Main nginx.conf for a throwaway server: everything in a temporary folder, so it runs without
 * touching /etc/nginx or /var/log, as root or not.
 */
export function mainConfig(work: string, mimeTypes: string, siteFiles: string[]): string {
  const temp = (name: string): string => JSON.stringify(join(work, name));
  return [
    // As root nginx would drop to "nobody", who may not be allowed into a developer's work tree.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes auto;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    `  include ${JSON.stringify(mimeTypes)};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${temp(`${kind}_temp`)};`,
    ),
    ...siteFiles.map((file) => `  include ${JSON.stringify(file)};`),
    '}',
    '',
  ].join('\n');
}

/** Starts nginx (installing it when missing) serving each site; stop() ends it and cleans up. */
export async function startNginx(sites: Site[]): Promise<RunningNginx> {
  const [nginx = 'nginx'] = ensurePrograms([NGINX]);
  const work = mkdtempSync(join(tmpdir(), 'dvc-nginx-'));
  const ports: number[] = [];
  for (const site of sites) ports.push(site.port ?? (await freePort()));
  // A server already on a fixed port would answer in nginx's place and hide its failure to start.
  for (const port of ports) await assertPortFree(port);
  const siteFiles = writeSiteConfigs(work, sites, ports);
  const conf = join(work, 'nginx.conf');
  writeFileSync(conf, mainConfig(work, mimeTypesOf(nginx), siteFiles));
  // Relative includes (snippets/…) resolve against the folder of the main nginx.conf.
  cpSync(join(NGINX_CONFIG_DIR, 'snippets'), join(work, 'snippets'), { recursive: true });

  const args = ['-p', `${work}/`, '-c', conf, '-e', join(work, 'error.log')];
  execFileSync(nginx, [...args, '-t', '-q'], { stdio: 'inherit' });
  const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  try {
    await Promise.all(urls.map((url) => waitUntilServing(url, child, work)));
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    urls,
    async stop() {
      await stopProcess(child);
      rmSync(work, { recursive: true, force: true });
    },
  };
}

function writeSiteConfigs(work: string, sites: Site[], ports: number[]): string[] {
  const shipped = readFileSync(SERVER_CONFIG, 'utf8');
  return sites.map((site, index) => {
    const file = join(work, `site-${index}.conf`);
    writeFileSync(file, renderServerBlock(shipped, { root: site.root, port: ports[index] ?? 0 }));
    return file;
  });
}

/** mime.types sits next to the nginx.conf the binary was built to read (/etc/nginx on Debian). */
function mimeTypesOf(nginx: string): string {
  // nginx -V prints its build options on stderr.
  const { stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  return join(dirname(confPath), 'mime.types');
}

export async function freePort(): Promise<number> {
  return listenBriefly(0);
}

async function assertPortFree(port: number): Promise<void> {
  try {
    await listenBriefly(port);
  } catch (error) {
    throw new Error(`Port ${port} on 127.0.0.1 is taken: choose another NGINX_PORT.`, { cause: error });
  }
}

/** Listens on a loopback port and closes again; resolves with the port (the OS picks one for 0). */
function listenBriefly(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, work: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`nginx exited with ${child.exitCode}:\n${readErrorLog(work)}`);
    }
    try {
      await fetch(`${url}/`, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((wake) => setTimeout(wake, 100));
    }
  }
  throw new Error(`nginx did not answer on ${url} within 15 s:\n${readErrorLog(work)}`);
}

function readErrorLog(work: string): string {
  try {
    return readFileSync(join(work, 'error.log'), 'utf8');
  } catch {
    return '(no error log)';
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  // SIGQUIT: graceful shutdown, the master waits for its workers and removes the pid file.
  child.kill('SIGQUIT');
  await exited;
}
