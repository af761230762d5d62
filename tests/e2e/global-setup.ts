/**
 * Before the browser tests: unpacks the fonts the tests give Chromium (system-fonts.ts) and
 * says which Chromium runs them, so that a failure can be matched to a browser version.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { fontconfigFile, prepareFontSetups } from '../../scripts/lib/system-fonts.ts';

export default async function globalSetup(): Promise<void> {
  await prepareFontSetups();
  const options = chromiumLaunchOptions('android');
  const browser = await chromium.launch(options);
  console.log(
    `Chromium ${browser.version()} (${options.executablePath ?? 'bản của Playwright'}), phông chữ: ${fontconfigFile('android')}`,
  );
  await browser.close();
}
