/**
 * The Chromium every tool here uses: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else
 * whatever Playwright or chrome-launcher finds (as playwright.config.ts does for the browser tests).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string | undefined {
  return process.env['CHROMIUM_PATH'] ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** The flags the browser tests launch with: no GPU, no first-run or background traffic. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}
