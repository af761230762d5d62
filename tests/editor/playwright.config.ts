/**
 * Browser tests of the web editor (npm run test:editor): the spec starts the editor's own
 * server on a temporary copy of content/, so no site build and no preview server are needed.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  globalSetup: '../e2e/global-setup.ts',
  reporter: process.env['CI'] ? 'line' : [['list']],
  use: { locale: 'vi-VN', launchOptions: chromiumLaunchOptions('android') },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
