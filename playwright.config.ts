import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';

const PORT = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Browser tests mostly wait on the page; two workers keep a 2-core CI machine busy.
  workers: 2,
  forbidOnly: true,
  // Prints the Chromium used and prepares the fonts it sees (scripts/lib/system-fonts.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  retries: 0,
  reporter: process.env['CI'] ? 'line' : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    // The site's service worker saves the whole site on a first visit: in every test that
    // would be megabytes of background requests. The offline tests allow it for themselves.
    serviceWorkers: 'block',
    // No result may depend on the machine's fonts: Chromium sees an Android phone's, from npm packages.
    launchOptions: chromiumLaunchOptions('android'),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // --ignore-lock: Playwright kills the server, which leaves Astro's lock file behind; a later
    // run must not mistake it (or a reused pid) for a server that is still running.
    command: `npx astro preview --port ${PORT} --host localhost --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
