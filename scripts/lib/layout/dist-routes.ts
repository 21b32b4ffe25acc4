/**
 * Serves a built site (dist/) to a Playwright browser context from its files, without a web
 * server: each request to ORIGIN is answered with the file the static host would send, and an
 * unknown address with 404.html and the status 404.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { htmlFileOf } from '../built-site';

/** A made-up origin, so nothing on the network answers by mistake. */
export const ORIGIN = 'http://portal.test';

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export async function serveDist(context: BrowserContext, dist: string): Promise<void> {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(dist, htmlFileOf(decodeURIComponent(pathname)));
    if (isFile(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404, path: join(dist, '404.html') });
  });
}
