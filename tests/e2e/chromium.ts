/**
 * Where the browser tests find Chromium: $CHROMIUM_PATH, then the system's
 * /usr/bin/chromium (Debian), then Playwright's own download. `undefined` when none.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The path of a usable Chromium, or `undefined`. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', chromium.executablePath()];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/**
 * Flags for a machine with a closed network: without them Chromium keeps trying to reach
 * Google's services at start-up.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
