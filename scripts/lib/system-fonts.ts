/**
 * The fonts Chromium finds on the "system" when the tests run it: never the machine's own,
 * but a fontconfig of the project's (FONTCONFIG_FILE), a folder of known fonts taken from
 * npm packages, so that no result depends on what fonts a machine happens to have. Needs no
 * root. Chromium does not draw woff2 files found by fontconfig (every glyph comes out
 * zero wide, though fontconfig lists them), so `prepareFontSetups()` unpacks Fontsource's
 * woff2 files to TrueType once, into node_modules/.cache (Playwright's global setup and
 * the scripts that launch Chromium run it first).
 *
 * Two setups, each with the site's own fonts (Noto Sans and Noto Serif) beside the
 * system's fallbacks:
 * - `android` (what the suite uses): an Android phone's Roboto, Noto Serif and a Noto mono;
 * - `desktop`: a Linux desktop's DejaVu and the Liberation-metric Arimo and Tinos.
 * The layout spec renders pages under both and expects the same boxes: the site's own
 * fonts at work.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A machine's fonts: the packages whose files it has, and what its generic families resolve to. */
interface FontSetup {
  packages: string[];
  sansSerif: string;
  serif: string;
  monospace: string;
  /** Other names a page or Chromium's defaults ask for, and what the machine gives instead. */
  aliases: Record<string, string>;
}

const SITE_FONTS = ['@fontsource/noto-sans', '@fontsource/noto-serif'];

export const FONT_SETUPS = {
  android: {
    packages: [...SITE_FONTS, '@fontsource/roboto', '@fontsource/noto-sans-mono'],
    sansSerif: 'Roboto',
    serif: 'Noto Serif',
    monospace: 'Noto Sans Mono',
    // As Android's fonts.xml has them.
    aliases: {
      Arial: 'sans-serif',
      Helvetica: 'sans-serif',
      Times: 'serif',
      'Times New Roman': 'serif',
      Courier: 'monospace',
      'Courier New': 'monospace',
    },
  },
  desktop: {
    packages: [
      ...SITE_FONTS,
      '@fontsource/dejavu-sans',
      '@fontsource/dejavu-mono',
      '@fontsource/arimo',
      '@fontsource/tinos',
    ],
    sansSerif: 'DejaVu Sans',
    serif: 'Tinos',
    monospace: 'DejaVu Sans Mono',
    // The metric-compatible replacements, as Debian's 30-metric-aliases.conf has them.
    aliases: { Arial: 'Arimo', Helvetica: 'Arimo', Times: 'Tinos', 'Times New Roman': 'Tinos' },
  },
} as const satisfies Record<string, FontSetup>;

export type FontSetupName = keyof typeof FONT_SETUPS;

const CACHE = resolve('node_modules/.cache/so-tay-fontconfig');
/** The weights a machine's fonts have: regular, the site's semibold, bold; upright and italic. */
const WEIGHTS = /-(?:400|600|700)-(?:normal|italic)\.woff2$/;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fonts.conf of a setup: its folder only (no system folder, no system rules), generic families bound. */
export function fontsConf(setup: FontSetup, folder: string): string {
  const alias = (generic: string, family: string) =>
    `  <alias binding="same"><family>${generic}</family><prefer><family>${escapeXml(family)}</family></prefer></alias>`;
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<!-- Written by scripts/lib/system-fonts.ts: the only fonts Chromium sees in the tests. -->',
    '<fontconfig>',
    `  <dir>${escapeXml(folder)}</dir>`,
    `  <cachedir>${escapeXml(join(CACHE, 'cache'))}</cachedir>`,
    alias('sans-serif', setup.sansSerif),
    alias('system-ui', setup.sansSerif),
    alias('serif', setup.serif),
    alias('monospace', setup.monospace),
    ...Object.entries(setup.aliases).map(([name, family]) => alias(name, family)),
    // Any other name: sans-serif, as fontconfig's own 49-sansserif.conf does.
    '  <match target="pattern">',
    '    <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>',
    '    <test qual="all" name="family" compare="not_eq"><string>serif</string></test>',
    '    <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>',
    '    <edit name="family" mode="append_last"><string>sans-serif</string></edit>',
    '  </match>',
    '</fontconfig>',
    '',
  ].join('\n');
}

/** Where a setup's fonts.conf is, once `prepareFontSetups()` has written it. */
export function fontconfigFile(name: FontSetupName = 'android'): string {
  return join(CACHE, name, 'fonts.conf');
}

/**
 * Unpacks each setup's fonts to TrueType and writes its fonts.conf, unless that was done
 * already for the same packages. Returns the number of font files unpacked.
 */
export async function prepareFontSetups(root = resolve('.')): Promise<number> {
  const { decompress } = await import('wawoff2');
  let unpacked = 0;
  for (const [name, setup] of Object.entries(FONT_SETUPS) as [FontSetupName, FontSetup][]) {
    const folder = join(CACHE, name);
    const versions = setup.packages.map((pkg) => {
      const { version } = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'));
      return `${pkg}@${version}`;
    });
    const conf = fontsConf(setup, join(folder, 'fonts'));
    const stamp = join(folder, 'packages.txt');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === versions.join('\n')) continue;
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, 'fonts'), { recursive: true });
    for (const pkg of setup.packages) {
      const files = join(root, 'node_modules', pkg, 'files');
      for (const file of readdirSync(files).filter((file) => WEIGHTS.test(file))) {
        const ttf = await decompress(readFileSync(join(files, file)));
        writeFileSync(join(folder, 'fonts', file.replace(/\.woff2$/, '.ttf')), ttf);
        unpacked++;
      }
    }
    writeFileSync(join(folder, 'fonts.conf'), conf);
    writeFileSync(stamp, versions.join('\n'));
  }
  return unpacked;
}

/** The environment to launch Chromium with: the machine's, with the setup's fonts instead of its own. */
export function chromiumEnv(name: FontSetupName = 'android'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, FONTCONFIG_FILE: fontconfigFile(name) };
}
