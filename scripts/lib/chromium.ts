/**
 * Where the browser tests find Chromium: $CHROMIUM_PATH, then the system's
 * /usr/bin/chromium (Debian), then Playwright's own download. `undefined` when none.
 * And how every test and script launches it: the same flags, and the project's fonts
 * instead of the machine's (scripts/lib/system-fonts.ts).
 */
import { chromium, type LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumEnv, type FontSetupName } from './system-fonts.ts';

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

/**
 * Options for `chromium.launch()`: the Chromium found, the flags above, and a machine's
 * fonts from the project's own set (Android's unless said otherwise). Run
 * `prepareFontSetups()` once before.
 */
export function chromiumLaunchOptions(fonts: FontSetupName = 'android'): LaunchOptions {
  const executablePath = findChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, env: chromiumEnv(fonts) };
}
